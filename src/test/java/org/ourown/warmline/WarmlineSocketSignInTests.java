package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A peer's chat socket lives on their sign-in: writing through it keeps the sign-in alive, and signing out ends the
 * socket at the next check. Checks come every 2 s here instead of every minute.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ourown.warmline.heartbeat=1s", "ourown.warmline.recheck=2s"})
class WarmlineSocketSignInTests {

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void writingKeepsThePeersSignInAliveAndSigningOutEndsTheSocket() throws Exception {
        OrganizationId organization = tenants.organization("Socket Sign-in Org");
        StaffView peer = tenants.person(organization, Role.PEER);
        Line line = fixtures.line(organization, true);
        String base = "http://localhost:" + port;
        String chat = new WarmlineHttp(base).startChat(line.slug());
        WarmlineHttp peerSide = new WarmlineHttp(base);
        peerSide.available(peer.email(), TestTenants.PASSWORD);
        assertThat(peerSide.post("/warmline/console/take", Map.of())).endsWith("/warmline/console/chats/" + chat);
        peerSide.get("/warmline/console/chats/" + chat);
        WarmlineHttp.Socket socket = peerSide.socket("/warmline/console/chats/" + chat + "/socket", base);
        assertThat(socket.status()).isEqualTo(101);

        // Twenty minutes without a page: only the socket's writing can have moved the sign-in on.
        Instant quiet = Instant.now().minus(Duration.ofMinutes(20));
        String session = peerSide.sessionId();
        assertThat(jdbc.sql("update platform.spring_session set last_access_time = :t where session_id = :s")
                        .param("t", quiet.toEpochMilli())
                        .param("s", session)
                        .update())
                .isEqualTo(1);
        socket.send("{\"ref\":1,\"body\":\"Still here with you\"}");
        socket.next("\"event\":\"sent\"", "\"ref\":1");
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        long lastAccess = quiet.toEpochMilli();
        while (System.nanoTime() < until && lastAccess <= quiet.toEpochMilli()) {
            Thread.sleep(200);
            lastAccess = jdbc.sql("select last_access_time from platform.spring_session where session_id = :s")
                    .param("s", session)
                    .query(Long.class)
                    .single();
        }
        assertThat(Instant.ofEpochMilli(lastAccess)).isAfter(Instant.now().minus(Duration.ofMinutes(1)));
        assertThat(socket.frames()).noneMatch(frame -> frame.startsWith("closed"));

        // Signed out (here, or on another instance): the socket ends at the next check, with its own code.
        assertThat(peerSide.post("/logout", Map.of())).contains("signedOut");
        socket.next("closed 4401");
    }
}
