package org.ourown.warmline;

import java.util.List;
import java.util.Optional;

/**
 * The peer's side (PEER role): presence, the queue of their own organization's lines, their chats. A chat of another
 * organization, or one taken by another peer, is {@link org.ourown.shared.NotFound}.
 */
public interface PeerConsole {

    ConsoleView console();

    void presence(boolean available, int capacity);

    /** Takes the oldest waiting chat; empty when nobody waits. Away or at capacity: {@link org.ourown.shared.Rejected}. */
    Optional<ChatId> takeNext();

    PeerChatView chat(ChatId chat);

    ChatState state(ChatId chat);

    List<ChatMessage> after(ChatId chat, long afterId);

    ChatMessage post(ChatId chat, String body);

    /** Ends the chat and opens its contact record as a draft. */
    ContactRecordId end(ChatId chat);

    Subscription listen(ChatId chat, Runnable news);
}
