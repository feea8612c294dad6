package org.ourown.warmline;

import java.time.Instant;
import java.util.List;

/** A peer's check-ins: due now (window open), overdue (window passed) and upcoming, each soonest first. */
public record CallbackList(List<Callback> due, List<Callback> overdue, List<Callback> upcoming) {

    public record Callback(
            CallbackId id, String lineName, String timezone, String phone, Instant windowStart, Instant windowEnd) {}
}
