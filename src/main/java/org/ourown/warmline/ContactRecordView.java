package org.ourown.warmline;

import java.time.Instant;

/** A contact record as its peer completes it; final records no longer change. */
public record ContactRecordView(
        ContactRecordId id,
        String lineName,
        Channel channel,
        Instant queuedAt,
        Instant answeredAt,
        Instant endedAt,
        boolean abandoned,
        boolean finalised,
        ContactDetails details,
        Instant changedAt) {

    public Long waitSeconds() {
        return queuedAt == null || answeredAt == null ? null : answeredAt.getEpochSecond() - queuedAt.getEpochSecond();
    }

    public Long durationMinutes() {
        return answeredAt == null || endedAt == null
                ? null
                : (endedAt.getEpochSecond() - answeredAt.getEpochSecond()) / 60;
    }
}
