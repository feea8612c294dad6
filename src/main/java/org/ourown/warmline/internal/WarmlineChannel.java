package org.ourown.warmline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.ourown.warmline.ChatId;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instance's one {@code LISTEN warmline} connection, run by one daemon thread. If the connection drops it comes
 * back after a pause that doubles up to a limit; news sent meanwhile is lost, so every local listener is told once
 * after a reconnect (listeners read from PostgreSQL, so being told without news is harmless).
 */
final class WarmlineChannel implements Runnable {

    /** How the connection shows in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "ourown-warmline-listen";

    /** How long one wait for notifications lasts: also how long stopping may take. */
    static final Duration WAIT = Duration.ofMillis(500);

    /** A connection that nobody writes to can die without a sound; a query now and then finds out. */
    private static final Duration CHECK = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(WarmlineChannel.class);

    private final DataSource dataSource;
    private final ChatListeners listeners;
    private final Duration firstPause;
    private final Duration longestPause;
    private volatile boolean running = true;
    private volatile boolean connected;

    WarmlineChannel(DataSource dataSource, ChatListeners listeners, Duration firstPause, Duration longestPause) {
        this.dataSource = dataSource;
        this.listeners = listeners;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
    }

    @Override
    public void run() {
        Duration pause = firstPause;
        boolean first = true;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection, !first);
                first = false;
                pause = firstPause;
            } catch (SQLException | RuntimeException e) {
                connected = false;
                if (!running) {
                    break;
                }
                first = false;
                log.warn("The warm line's LISTEN connection failed ({}); trying again in {} ms", e, pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(longestPause) > 0 ? longestPause : pause.multipliedBy(2);
            }
        }
        connected = false;
    }

    private void listen(Connection connection, boolean again) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set application_name = '" + APPLICATION_NAME + "'");
            statement.execute("listen " + PostgresDelivery.CHANNEL);
        }
        PGConnection postgres = connection.unwrap(PGConnection.class);
        connected = true;
        if (again) {
            log.info("The warm line's LISTEN connection is back; every open chat stream reads again");
            listeners.tellEveryone();
        }
        long checked = System.nanoTime();
        try {
            while (running) {
                PGNotification[] notifications = postgres.getNotifications((int) WAIT.toMillis());
                if (notifications != null) {
                    for (PGNotification notification : notifications) {
                        tell(notification.getParameter());
                    }
                }
                if (System.nanoTime() - checked > CHECK.toNanos()) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("select 1");
                    }
                    checked = System.nanoTime();
                }
            }
        } finally {
            connected = false;
            // The connection goes back to the pool: it must not keep listening there.
            if (!connection.isClosed()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("unlisten *");
                    statement.execute("reset application_name");
                } catch (SQLException e) {
                    log.debug("Could not unlisten: {}", e.toString());
                }
            }
        }
    }

    private void tell(String payload) {
        try {
            listeners.tell(new ChatId(UUID.fromString(payload)));
        } catch (IllegalArgumentException e) {
            log.debug("Not a chat id on the warm line channel: {}", payload);
        }
    }

    void stop() {
        running = false;
    }

    boolean connected() {
        return connected;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
