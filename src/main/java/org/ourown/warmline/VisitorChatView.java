package org.ourown.warmline;

import java.util.List;

/**
 * The visitor's view of their chat.
 *
 * @param queuePosition 1 for the next to be answered; 0 once a peer has joined or the chat is over
 * @param roughWaitMinutes a rough guess from the place in the queue and the peers available; 0 when unknown
 */
public record VisitorChatView(
        ChatId id,
        LineView line,
        ChatStatus status,
        int queuePosition,
        int roughWaitMinutes,
        String peerName,
        List<ChatMessage> messages) {

    public long lastMessageId() {
        return messages.isEmpty() ? 0 : messages.get(messages.size() - 1).id();
    }
}
