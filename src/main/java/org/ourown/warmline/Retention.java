package org.ourown.warmline;

import java.time.Duration;

/** How long a chat's words are kept after it ends; the default keeps nothing. */
public enum Retention {
    ON_END(Duration.ZERO),
    ONE_DAY(Duration.ofDays(1)),
    SEVEN_DAYS(Duration.ofDays(7)),
    THIRTY_DAYS(Duration.ofDays(30));

    private final Duration keptFor;

    Retention(Duration keptFor) {
        this.keptFor = keptFor;
    }

    public Duration keptFor() {
        return keptFor;
    }
}
