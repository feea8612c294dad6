package org.ourown.warmline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.warmline.ChatMessage;
import org.ourown.warmline.PeerConsole;
import org.ourown.warmline.VisitorChats;
import org.ourown.warmline.WarmlineFixtures;
import org.ourown.warmline.WarmlineFixtures.VisitorChat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A stream resumes after the last id it sent, so a chat's messages must commit in the order of their ids: a second
 * writer waits for the first one's commit.
 */
@SpringBootTest
class WarmlineMessageOrderTests {

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    VisitorChats visitors;

    @Autowired
    PeerConsole console;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondWriterOfAChatWaitsForTheFirstToCommit() throws Exception {
        StaffView peer = tenants.person(tenants.organization("Message order"), Role.PEER);
        VisitorChat chat = fixtures.takenBy(peer);
        CountDownLatch posted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            visitors.post(chat.id(), chat.secret(), "first, committed last if nothing waits");
            posted.countDown();
            try {
                commit.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(posted.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<ChatMessage> second =
                CompletableFuture.supplyAsync(() -> TestTenants.as(peer, () -> console.post(chat.id(), "second")));

        boolean waited = waitForLockWaiters(1);
        commit.countDown();
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);

        assertThat(waited).as("the second writer waited for the first").isTrue();
        List<String> bodies = TestTenants.as(
                peer,
                () -> console.after(chat.id(), 0).stream()
                        .map(ChatMessage::body)
                        .toList());
        assertThat(bodies).endsWith("first, committed last if nothing waits", "second");
    }

    /** Whether, within 30 s, this many sessions wait for a lock on a chat row. */
    private boolean waitForLockWaiters(int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            int waiting = jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                            + " and query like '%warmline.chat%for no key update%'")
                    .query(Integer.class)
                    .single();
            if (waiting >= count) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
