package org.ourown.warmline;

import java.util.List;

/** The visitor's view of their chat. */
public record VisitorChatView(ChatId id, LineView line, ChatState state, List<ChatMessage> messages) {

    public long lastMessageId() {
        return messages.isEmpty() ? 0 : messages.get(messages.size() - 1).id();
    }
}
