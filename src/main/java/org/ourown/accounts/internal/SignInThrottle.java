package org.ourown.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows and then stops guessing. After {@value #FREE_TRIES} wrong tries in a row the next try must wait, longer
 * each time; after {@value #LOCK_AFTER} the name is locked for {@link #LOCK_TIME}. Counted per typed name (hashed),
 * whether or not an account exists, so the answer tells nothing about who has an account.
 */
@Component
class SignInThrottle {

    static final int FREE_TRIES = 3;
    static final int LOCK_AFTER = 10;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long this name must still wait before it may try again; zero when it may try now. */
    @Transactional(readOnly = true)
    public Duration waitFor(String name) {
        return jdbc.sql("select blocked_until from accounts.sign_in_attempt where name_key = :key")
                .param("key", key(name))
                .query(Timestamp.class)
                .optional()
                .map(until -> Duration.between(clock.instant(), until.toInstant()))
                .filter(left -> !left.isNegative() && !left.isZero())
                .orElse(Duration.ZERO);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String name) {
        Instant now = clock.instant();
        int failures = jdbc.sql("insert into accounts.sign_in_attempt (name_key, failures, last_failure_at)"
                        + " values (:key, 1, :now) on conflict (name_key) do update"
                        + " set failures = accounts.sign_in_attempt.failures + 1, last_failure_at = :now"
                        + " returning failures")
                .param("key", key(name))
                .param("now", Timestamp.from(now))
                .query(Integer.class)
                .single();
        Duration pause = pauseAfter(failures);
        if (!pause.isZero()) {
            jdbc.sql("update accounts.sign_in_attempt set blocked_until = :until where name_key = :key")
                    .param("until", Timestamp.from(now.plus(pause)))
                    .param("key", key(name))
                    .update();
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String name) {
        jdbc.sql("delete from accounts.sign_in_attempt where name_key = :key")
                .param("key", key(name))
                .update();
    }

    /** Drops the counter for a name, inside the caller's transaction (an erased account leaves nothing behind). */
    void forget(String name) {
        jdbc.sql("delete from accounts.sign_in_attempt where name_key = :key")
                .param("key", key(name))
                .update();
    }

    static Duration pauseAfter(int failures) {
        if (failures >= LOCK_AFTER) {
            return LOCK_TIME;
        }
        if (failures < FREE_TRIES) {
            return Duration.ZERO;
        }
        Duration pause = Duration.ofSeconds(1L << Math.min(failures - FREE_TRIES, 6));
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    static String key(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((name == null ? "" : name.strip().toLowerCase(Locale.ROOT))
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
