package org.ourown.warmline;

import java.time.Instant;

/**
 * A block as coordinators see it.
 *
 * @param until null for a permanent block
 * @param liftedAt null unless a coordinator lifted it
 */
public record BlockView(
        BlockId id,
        ChatId chat,
        String lineName,
        String reason,
        Instant createdAt,
        String createdBy,
        Instant until,
        Instant liftedAt) {

    public boolean permanent() {
        return until == null;
    }
}
