package org.ourown.warmline;

import java.time.Duration;
import java.util.Optional;

/** How long a block lasts: the choices a coordinator has, from a cooling-off to for good. */
public enum BlockDuration {
    TWO_HOURS(Duration.ofHours(2)),
    ONE_DAY(Duration.ofHours(24)),
    SEVEN_DAYS(Duration.ofDays(7)),
    PERMANENT(null);

    private final Duration length;

    BlockDuration(Duration length) {
        this.length = length;
    }

    /** Empty for a permanent block. */
    public Optional<Duration> length() {
        return Optional.ofNullable(length);
    }

    /** The duration named by {@code text}, or empty when it names none. */
    public static Optional<BlockDuration> named(String text) {
        for (BlockDuration d : values()) {
            if (d.name().equals(text)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
