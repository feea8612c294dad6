package org.ourown.warmline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.Subscription;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** PostgresDelivery against the real PostgreSQL: what reaches the channel, and the LISTEN connection's recovery. */
@SpringBootTest
class WarmlineDeliveryTests {

    @Autowired
    MessageDelivery delivery;

    @Autowired
    ChatListeners listeners;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTransactionNotifiesEachChatOnceOnCommitAndNothingOnRollback() throws Exception {
        assertThat(delivery).isInstanceOf(PostgresDelivery.class);
        ChatId a = new ChatId(UUID.randomUUID());
        ChatId b = new ChatId(UUID.randomUUID());
        ChatId rolledBack = new ChatId(UUID.randomUUID());
        ChatId last = new ChatId(UUID.randomUUID());
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("listen warmline");
            }
            transactions.executeWithoutResult(tx -> {
                delivery.announce(a);
                delivery.announce(b);
                delivery.announce(a);
                delivery.announce(a);
            });
            transactions.executeWithoutResult(tx -> {
                delivery.announce(rolledBack);
                tx.setRollbackOnly();
            });
            transactions.executeWithoutResult(tx -> delivery.announce(last));

            List<String> heard = new ArrayList<>();
            PGConnection postgres = connection.unwrap(PGConnection.class);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!heard.contains(last.toString()) && System.nanoTime() < until) {
                PGNotification[] got = postgres.getNotifications(500);
                for (PGNotification notification : got == null ? new PGNotification[0] : got) {
                    heard.add(notification.getParameter());
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("unlisten *");
            }
            assertThat(heard).containsExactly(a.toString(), b.toString(), last.toString());
        }
    }

    @Test
    void listeningStartsAgainAfterAStop() throws Exception {
        PostgresDelivery postgres = (PostgresDelivery) delivery;
        postgres.stop();
        assertThat(postgres.isRunning()).isFalse();
        postgres.start();
        assertThat(postgres.listening()).isTrue();
        aListenerHearsNewsFromTheChannel();
    }

    @Test
    void aListenerHearsNewsFromTheChannel() throws Exception {
        ChatId chat = new ChatId(UUID.randomUUID());
        CountDownLatch told = new CountDownLatch(1);
        try (Subscription subscription = delivery.listen(chat, told::countDown)) {
            transactions.executeWithoutResult(tx -> delivery.announce(chat));
            assertThat(told.await(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void afterTheListenConnectionDropsEveryListenerIsToldOnce() throws Exception {
        ChatId nobodyWritesHere = new ChatId(UUID.randomUUID());
        CountDownLatch told = new CountDownLatch(1);
        try (Subscription subscription = listeners.listen(nobodyWritesHere, told::countDown)) {
            int dropped = jdbc.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                            + " where application_name = :name")
                    .param("name", WarmlineChannel.APPLICATION_NAME)
                    .query(Integer.class)
                    .single();
            assertThat(dropped).isPositive();
            assertThat(told.await(30, TimeUnit.SECONDS)).isTrue();
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!((PostgresDelivery) delivery).listening() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(((PostgresDelivery) delivery).listening()).isTrue();
    }
}
