package org.ourown.warmline.internal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.Subscription;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * News for every instance on one PostgreSQL (the default; {@code ourown.warmline.delivery=postgres}). The writing
 * transaction sends {@code NOTIFY warmline, '<chat id>'} just before it commits; PostgreSQL hands it to every
 * listening session once the commit is done, and not at all after a rollback. Each instance holds one LISTEN
 * connection ({@link WarmlineChannel}) that tells its own listeners, so listeners on this instance too hear only
 * after commit, by the same road as the others. A post notifies from its own statement instead ({@link #channel()},
 * {@link MessageRows#post}), which PostgreSQL delivers the same way.
 */
@Component
@ConditionalOnProperty(name = "ourown.warmline.delivery", havingValue = "postgres", matchIfMissing = true)
class PostgresDelivery implements MessageDelivery, SmartLifecycle {

    static final String CHANNEL = "warmline";

    /** A transaction's chats with news, so that many announcements of one chat make one notification. */
    private static final Object PENDING = new Object();

    private final JdbcClient jdbc;
    private final ChatListeners listeners;
    private final DataSource dataSource;
    private volatile WarmlineChannel channel;
    private Thread listening;

    PostgresDelivery(JdbcClient jdbc, DataSource dataSource, ChatListeners listeners) {
        this.jdbc = jdbc;
        this.listeners = listeners;
        this.dataSource = dataSource;
    }

    @Override
    public void announce(ChatId chat) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            sendNotifications(Set.of(chat.value()));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<UUID> pending = (Set<UUID>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Set<UUID> chats = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(PENDING, chats);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    sendNotifications(chats);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = chats;
        }
        pending.add(chat.value());
    }

    /** One statement for all of a transaction's chats. A chat id is 36 bytes; PostgreSQL's limit is 8000. */
    private void sendNotifications(Set<UUID> chats) {
        if (chats.isEmpty()) {
            return;
        }
        jdbc.sql("select count(pg_notify('" + CHANNEL + "', id)) from unnest(string_to_array(:ids, ',')) as id")
                .param(
                        "ids",
                        String.join(",", chats.stream().map(UUID::toString).toList()))
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<String> channel() {
        return Optional.of(CHANNEL);
    }

    @Override
    public Subscription listen(ChatId chat, Runnable news) {
        return listeners.listen(chat, news);
    }

    /** Starts listening, and waits a little for it, so that news sent just after start-up is heard. */
    @Override
    public synchronized void start() {
        // A new channel each time: a context may be stopped and started again (the test framework pauses idle ones).
        channel = new WarmlineChannel(dataSource, listeners, Duration.ofMillis(100), Duration.ofSeconds(5));
        listening = new Thread(channel, "warmline-listen");
        listening.setDaemon(true);
        listening.start();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!channel.connected() && listening.isAlive() && System.nanoTime() < until) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops listening; called before the connection pool closes. */
    @Override
    public synchronized void stop() {
        if (channel != null) {
            channel.stop();
        }
        if (listening != null) {
            try {
                listening.join(WarmlineChannel.WAIT.toMillis() * 4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listening = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return listening != null && listening.isAlive();
    }

    /** Whether the LISTEN connection is up now (tests wait for it). */
    boolean listening() {
        return channel != null && channel.connected();
    }
}
