package org.ourown.warmline;

import java.time.Instant;
import java.util.List;

/** The organization's recent chats in the coordinators' list, without their words; times in {@code timezone}. */
public record RecentChats(String timezone, List<Chat> chats) {

    public record Chat(
            ChatId id,
            String lineName,
            ChatStatus status,
            String peerName,
            Instant queuedAt,
            Instant endedAt,
            boolean transcriptKept,
            boolean visitorBlocked) {}
}
