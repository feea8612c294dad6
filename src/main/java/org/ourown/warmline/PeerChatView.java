package org.ourown.warmline;

import java.time.Instant;
import java.util.List;

/** A chat as the peer who took it sees it; the chat-length guide is shown, never enforced. */
public record PeerChatView(
        ChatId id,
        String lineName,
        String timezone,
        ChatStatus status,
        Instant queuedAt,
        Instant answeredAt,
        int chatGuideMinutes,
        List<String> crisisResources,
        ContactRecordId record,
        List<ChatMessage> messages) {

    public long lastMessageId() {
        return messages.isEmpty() ? 0 : messages.get(messages.size() - 1).id();
    }
}
