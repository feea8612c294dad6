package org.ourown.warmline;

import org.ourown.accounts.AccountId;

/**
 * Passing a chat on (PEER role, the peer holding the chat only): to another available peer of the organization who has
 * room, or back to the queue where the visitor keeps their first place. Another peer's chat is {@link
 * org.ourown.shared.NotFound}; a peer who cannot take it is {@link org.ourown.shared.Rejected}.
 */
public interface ChatHandovers {

    int MAX_NOTE = 500;

    /** What the holding peer sees beside the chat: the note left for them, earlier contacts, whom to pass it to. */
    HandoverView handover(ChatId chat);

    void transfer(ChatId chat, AccountId to, String note);

    void backToQueue(ChatId chat, String note);
}
