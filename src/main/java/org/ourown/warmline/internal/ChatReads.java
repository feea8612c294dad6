package org.ourown.warmline.internal;

import java.util.Optional;
import org.ourown.warmline.ChatId;
import org.springframework.stereotype.Component;

/**
 * What is new in a chat, for its readers on this instance: one statement per read (the chat's row with the messages),
 * and one read per news for all of a chat's streams here (see {@link ChatListeners.Audience}). Rights are the
 * caller's to check, on the row that came with the read.
 */
@Component
class ChatReads {

    private final MessageRows messages;
    private final ChatListeners listeners;

    ChatReads(MessageRows messages, ChatListeners listeners) {
        this.messages = messages;
        this.listeners = listeners;
    }

    Optional<MessageRows.ChatRead> after(ChatId chat, long afterId) {
        ChatListeners.Audience audience = listeners.audience(chat);
        if (audience == null) {
            return messages.readAfter(chat, afterId);
        }
        long since = audience.generation();
        MessageRows.ChatRead shared = audience.shared(since, afterId);
        if (shared != null) {
            return Optional.of(shared);
        }
        Optional<MessageRows.ChatRead> read = messages.readAfter(chat, afterId);
        read.ifPresent(r -> audience.share(since, r));
        return read;
    }
}
