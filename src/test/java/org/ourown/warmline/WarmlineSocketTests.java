package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
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
 * The chat's WebSocket, over real HTTP: both sides write and read through it, a post is answered on it, bad frames
 * are refused kindly, and only the chat's own visitor and peer can open one, from this site's pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WarmlineSocketTests {

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitorAndAPeerTalkOverTheirSockets() throws Exception {
        OrganizationId organization = tenants.organization("Socket Talk Org");
        StaffView peer = tenants.person(organization, Role.PEER);
        Line line = fixtures.line(organization, true);
        WarmlineHttp visitor = new WarmlineHttp(base());
        String chat = visitor.startChat(line.slug());

        WarmlineHttp.Socket visitorSocket = visitor.socket("/warmline/chat/" + chat + "/socket", base());
        assertThat(visitorSocket.status()).isEqualTo(101);
        visitorSocket.next("\"event\":\"status\"", "\"over\":false");

        WarmlineHttp peerSide = new WarmlineHttp(base());
        peerSide.available(peer.email(), TestTenants.PASSWORD);
        assertThat(peerSide.post("/warmline/console/take", Map.of())).endsWith("/warmline/console/chats/" + chat);
        WarmlineHttp.Socket peerSocket = peerSide.socket("/warmline/console/chats/" + chat + "/socket", base());
        assertThat(peerSocket.status()).isEqualTo(101);
        visitorSocket.next("\"event\":\"message\"", "\"sender\":\"SYSTEM\"");

        visitorSocket.send("{\"ref\":7,\"body\":\"Hello over the socket\"}");
        visitorSocket.next("\"event\":\"sent\"", "\"ref\":7");
        String heard = peerSocket.next("\"event\":\"message\"", "Hello over the socket");
        assertThat(heard).contains("\"sender\":\"VISITOR\"");

        peerSocket.send("{\"ref\":1,\"body\":\"I hear you\"}");
        peerSocket.next("\"event\":\"sent\"", "\"ref\":1");
        visitorSocket.next("\"event\":\"message\"", "I hear you", "\"sender\":\"PEER\"");

        // Bad frames are refused in words and change nothing.
        visitorSocket.send("{\"ref\":8,\"body\":\"   \"}");
        visitorSocket.next("\"event\":\"refused\"", "\"ref\":8", "Please write something before sending.");
        visitorSocket.send("not json at all");
        visitorSocket.next("\"event\":\"refused\"", "could not be read");
        peerSocket.send("{\"ref\":2,\"body\":\"" + "x".repeat(2001) + "\"}");
        peerSocket.next("\"event\":\"refused\"", "\"ref\":2", "too long");
        assertThat(jdbc.sql("select count(*) from warmline.chat_message where chat_id = :c and sender <> 'SYSTEM'")
                        .param("c", UUID.fromString(chat))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        // A page that comes back after message n gets only what came after it, once.
        long first = jdbc.sql("select min(id) from warmline.chat_message where chat_id = :c and sender = 'VISITOR'")
                .param("c", UUID.fromString(chat))
                .query(Long.class)
                .single();
        WarmlineHttp.Socket again = visitor.socket("/warmline/chat/" + chat + "/socket?after=" + first, base());
        again.next("I hear you");
        assertThat(again.frames()).noneMatch(frame -> frame.contains("Hello over the socket"));

        // The end reaches both sockets.
        assertThat(peerSide.post("/warmline/console/chats/" + chat + "/end", Map.of()))
                .contains("/warmline/console/records/");
        visitorSocket.next("\"event\":\"status\"", "\"over\":true");
        peerSocket.next("\"event\":\"status\"", "\"over\":true");
        visitorSocket.send("{\"ref\":9,\"body\":\"Are you there?\"}");
        visitorSocket.next("\"event\":\"refused\"", "\"ref\":9", "This chat has ended");
    }

    @Test
    void onlyTheChatsOwnVisitorAndPeerOpenASocketAndOnlyFromThisSite() throws Exception {
        OrganizationId organization = tenants.organization("Socket Guard Org");
        StaffView taker = tenants.person(organization, Role.PEER);
        StaffView colleague = tenants.person(organization, Role.PEER);
        OrganizationId other = tenants.organization("Socket Guard Other Org");
        StaffView stranger = tenants.person(other, Role.PEER);
        Line line = fixtures.line(organization, true);
        WarmlineHttp visitor = new WarmlineHttp(base());
        String chat = visitor.startChat(line.slug());
        WarmlineHttp peerSide = new WarmlineHttp(base());
        peerSide.available(taker.email(), TestTenants.PASSWORD);
        assertThat(peerSide.post("/warmline/console/take", Map.of())).endsWith("/warmline/console/chats/" + chat);

        // Another browser without the chat's secret, and an id that does not exist, learn nothing.
        assertThat(new WarmlineHttp(base())
                        .socket("/warmline/chat/" + chat + "/socket", base())
                        .status())
                .isEqualTo(404);
        assertThat(visitor.socket("/warmline/chat/" + UUID.randomUUID() + "/socket", base())
                        .status())
                .isEqualTo(404);
        // A page of another site cannot open the visitor's socket, even with the visitor's cookie.
        assertThat(visitor.socket("/warmline/chat/" + chat + "/socket", "https://elsewhere.example")
                        .status())
                .isEqualTo(403);

        // Peers: a colleague who did not take the chat, and a peer of another organization, get nothing.
        WarmlineHttp colleagueSide = new WarmlineHttp(base());
        colleagueSide.available(colleague.email(), TestTenants.PASSWORD);
        assertThat(colleagueSide
                        .socket("/warmline/console/chats/" + chat + "/socket", base())
                        .status())
                .isEqualTo(404);
        WarmlineHttp strangerSide = new WarmlineHttp(base());
        strangerSide.available(stranger.email(), TestTenants.PASSWORD);
        assertThat(strangerSide
                        .socket("/warmline/console/chats/" + chat + "/socket", base())
                        .status())
                .isEqualTo(404);
        // Nobody signed in is sent to sign in, not upgraded.
        assertThat(new WarmlineHttp(base())
                        .socket("/warmline/console/chats/" + chat + "/socket", base())
                        .status())
                .isNotEqualTo(101);
        assertThat(peerSide.socket("/warmline/console/chats/" + chat + "/socket", base())
                        .status())
                .isEqualTo(101);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
