package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ourown.OurOwnApplication;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the app on one PostgreSQL (the tests' embedded one, which every context in this JVM shares), over
 * real HTTP: they share the queue, and a chat carries across them through LISTEN/NOTIFY. The streams' heartbeat is
 * set far beyond the test's length, so a message can only arrive because the other instance's notification did.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarmlineTwoInstancesTests {

    private ConfigurableApplicationContext one;
    private ConfigurableApplicationContext two;

    @BeforeAll
    void start() {
        one = instance();
        two = instance();
    }

    @AfterAll
    void stop() {
        if (two != null) {
            two.close();
        }
        if (one != null) {
            one.close();
        }
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(OurOwnApplication.class)
                .run(
                        "--server.port=0",
                        "--ourown.warmline.delivery=postgres",
                        "--ourown.warmline.heartbeat=1h",
                        "--server.shutdown=immediate");
    }

    @Test
    void aChatCarriesAcrossTwoInstances() throws Exception {
        OrganizationId organization = tenants().organization("Two instances");
        StaffView peer = tenants().person(organization, Role.PEER);
        Line line = one.getBean(WarmlineFixtures.class).line(organization, true);

        WarmlineHttp visitor = new WarmlineHttp(base(one));
        String chat = visitor.startChat(line.slug());
        BlockingQueue<WarmlineHttp.Event> visitorEvents = visitor.events("/warmline/chat/" + chat + "/events");
        WarmlineHttp.next(visitorEvents, "status", "\"over\":false");

        WarmlineHttp peerSide = new WarmlineHttp(base(two));
        peerSide.available(peer.email(), TestTenants.PASSWORD);
        assertThat(peerSide.post("/warmline/console/take", Map.of())).endsWith("/warmline/console/chats/" + chat);
        peerSide.get("/warmline/console/chats/" + chat);
        BlockingQueue<WarmlineHttp.Event> peerEvents = peerSide.events("/warmline/console/chats/" + chat + "/events");

        // The visitor, streaming from instance 1, hears that a peer joined on instance 2 and what the peer says there.
        WarmlineHttp.next(visitorEvents, "message", "\"sender\":\"SYSTEM\"");
        assertThat(peerSide.postFromScript(
                                "/warmline/console/chats/" + chat + "/messages", Map.of("body", "Hello from two"))
                        .statusCode())
                .isEqualTo(204);
        WarmlineHttp.Event fromPeer = WarmlineHttp.next(visitorEvents, "message", "Hello from two");
        assertThat(fromPeer.data()).contains("\"sender\":\"PEER\"");

        // The visitor's reply, posted on instance 1, reaches the peer's stream on instance 2, once and in order.
        assertThat(visitor.postFromScript("/warmline/chat/" + chat + "/messages", Map.of("body", "Hi from one"))
                        .statusCode())
                .isEqualTo(204);
        WarmlineHttp.Event fromVisitor = WarmlineHttp.next(peerEvents, "message", "Hi from one");
        assertThat(Long.parseLong(fromVisitor.id())).isGreaterThan(Long.parseLong(fromPeer.id()));

        // The end, on instance 2, closes the visitor's page on instance 1; nothing came twice before it.
        assertThat(peerSide.post("/warmline/console/chats/" + chat + "/end", Map.of()))
                .contains("/warmline/console/records/");
        WarmlineHttp.next(visitorEvents, "status", "\"over\":true");
        WarmlineHttp.next(peerEvents, "status", "\"over\":true");
        assertThat(peerEvents.stream().filter(e -> e.data().contains("Hi from one")))
                .isEmpty();
        assertThat(visitorEvents.stream().filter(e -> e.data().contains("Hello from two")))
                .isEmpty();
    }

    @Test
    void twoPeersOnTwoInstancesTakeAWaitingVisitorExactlyOnce() throws Exception {
        OrganizationId organization = tenants().organization("Shared queue");
        StaffView first = tenants().person(organization, Role.PEER);
        StaffView second = tenants().person(organization, Role.PEER);
        Line line = one.getBean(WarmlineFixtures.class).line(organization, true);

        WarmlineHttp visitor = new WarmlineHttp(base(one));
        String chat = visitor.startChat(line.slug());
        WarmlineHttp onOne = new WarmlineHttp(base(one));
        WarmlineHttp onTwo = new WarmlineHttp(base(two));
        onOne.available(first.email(), TestTenants.PASSWORD);
        onTwo.available(second.email(), TestTenants.PASSWORD);

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> taken = both.invokeAll(List.<Callable<String>>of(
                    () -> {
                        together.await();
                        return onOne.post("/warmline/console/take", Map.of());
                    },
                    () -> {
                        together.await();
                        return onTwo.post("/warmline/console/take", Map.of());
                    }));
            List<String> answers = List.of(taken.get(0).get(), taken.get(1).get());
            assertThat(answers.stream().filter(to -> to.endsWith("/warmline/console/chats/" + chat)))
                    .hasSize(1);
            assertThat(answers.stream().filter(to -> to.endsWith("/warmline/console")))
                    .hasSize(1);
        } finally {
            both.shutdownNow();
        }
        UUID takenBy = jdbc().sql("select peer_id from warmline.chat where id = :id")
                .param("id", UUID.fromString(chat))
                .query(UUID.class)
                .single();
        assertThat(takenBy).isIn(first.id().value(), second.id().value());
        assertThat(jdbc().sql("select count(*) from warmline.chat_message where chat_id = :id and sender = 'SYSTEM'")
                        .param("id", UUID.fromString(chat))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private TestTenants tenants() {
        return one.getBean(TestTenants.class);
    }

    private JdbcClient jdbc() {
        return one.getBean(JdbcClient.class);
    }

    private static String base(ConfigurableApplicationContext instance) {
        return "http://localhost:" + instance.getEnvironment().getProperty("local.server.port");
    }
}
