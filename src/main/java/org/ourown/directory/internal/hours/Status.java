package org.ourown.directory.internal.hours;

import java.time.ZonedDateTime;

/**
 * Whether a program is open at an instant. When open, {@code closes} is when this opening ends, back-to-back and
 * overlapping intervals taken as one; {@code alwaysOpen} (with {@code closes} null) when it does not end within the
 * look-ahead. When closed, {@code nextOpens} is the next opening, or null if there is none within the look-ahead.
 */
public record Status(boolean open, boolean alwaysOpen, ZonedDateTime closes, ZonedDateTime nextOpens) {

    public Status {
        if (alwaysOpen && (!open || closes != null)) {
            throw new IllegalArgumentException("always open means open with no closing time");
        }
        if (open && !alwaysOpen && closes == null) {
            throw new IllegalArgumentException("an open status that is not always open needs a closing time");
        }
        if (open && nextOpens != null) {
            throw new IllegalArgumentException("an open status has no next opening");
        }
        if (!open && closes != null) {
            throw new IllegalArgumentException("a closed status has no closing time");
        }
    }

    public static Status openUntil(ZonedDateTime closes) {
        return new Status(true, false, closes, null);
    }

    public static Status openAlways() {
        return new Status(true, true, null, null);
    }

    /** Closed; {@code nextOpens} null when nothing opens within the look-ahead. */
    public static Status closedUntil(ZonedDateTime nextOpens) {
        return new Status(false, false, null, nextOpens);
    }
}
