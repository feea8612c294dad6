package org.ourown.directory;

import java.time.ZonedDateTime;

/**
 * Whether a service is open at a moment, in its own time zone, and when that changes.
 *
 * @param hasHours false when the listing gives no hours (we then say nothing about open or closed)
 * @param closes when open: when it closes (null if always open)
 * @param nextOpens when closed: when it next opens (null if not within a year)
 */
public record OpenState(
        boolean hasHours, boolean open, boolean alwaysOpen, ZonedDateTime closes, ZonedDateTime nextOpens) {

    public static final OpenState NO_HOURS = new OpenState(false, false, false, null, null);
}
