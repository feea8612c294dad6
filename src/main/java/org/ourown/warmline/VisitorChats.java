package org.ourown.warmline;

import java.util.List;

/**
 * The visitor's side of a web chat, with no account. Every call but {@link #start} needs the chat's secret; a wrong
 * or missing secret is {@link org.ourown.shared.NotFound}, the same answer as for an id that never existed.
 */
public interface VisitorChats {

    /**
     * Joins the queue of an open line. The visitor token (kept in the visitor's browser) counts contacts per day; a
     * new chat within ten minutes of the visitor's last one is the same contact.
     */
    StartOutcome start(String lineSlug, String visitorToken);

    VisitorChatView open(ChatId chat, String secret);

    ChatState state(ChatId chat, String secret);

    /** Messages after the given id, oldest first. */
    List<ChatMessage> after(ChatId chat, String secret, long afterId);

    /** Too long, empty, too fast or after the chat is over: {@link org.ourown.shared.Rejected}. */
    ChatMessage post(ChatId chat, String secret, String body);

    void leave(ChatId chat, String secret);

    /** Calls {@code news} whenever the chat has a new message or changes state, on any instance. */
    Subscription listen(ChatId chat, String secret, Runnable news);
}
