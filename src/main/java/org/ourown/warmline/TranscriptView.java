package org.ourown.warmline;

import java.time.Instant;
import java.util.List;

/**
 * A chat as a coordinator reads it afterwards. When the line's retention has passed, {@code kept} is false and there
 * are no messages: the words are gone from the database, not only hidden.
 *
 * @param keptUntil when the words go (null while the chat is open)
 */
public record TranscriptView(
        ChatId chat,
        String lineName,
        String timezone,
        ChatStatus status,
        String peerName,
        Instant queuedAt,
        Instant answeredAt,
        Instant endedAt,
        Retention retention,
        boolean kept,
        Instant keptUntil,
        List<ChatMessage> messages) {}
