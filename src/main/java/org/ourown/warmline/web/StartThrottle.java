package org.ourown.warmline.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many chats may start from one network address in an hour. The daily limit counts a visitor token that a
 * script can throw away; this counts the address, so a flood of new chats stops here. Addresses are kept only in
 * memory, hashed with a salt made at start-up, and only for the hour; behind a reverse proxy set
 * {@code server.forward-headers-strategy=native} so that the address is the visitor's, not the proxy's. Zero turns
 * the limit off (the benchmark does, its thousand visitors all come from one machine).
 */
@Component
class StartThrottle {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int PRUNE_EVERY = 1_000;

    private final int perHour;
    private final Clock clock;
    private final byte[] salt = new byte[16];
    private final Map<String, Deque<Instant>> starts = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    StartThrottle(@Value("${ourown.warmline.starts-per-address-per-hour:30}") int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** Counts this try; false once the address has tried {@code perHour} times within the last hour. */
    boolean allow(String address) {
        if (perHour <= 0) {
            return true;
        }
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        if (calls.incrementAndGet() % PRUNE_EVERY == 0) {
            starts.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || !times.peekLast().isAfter(since);
                }
            });
        }
        Deque<Instant> times = starts.computeIfAbsent(key(address), k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private String key(String address) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
