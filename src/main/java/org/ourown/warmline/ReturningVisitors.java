package org.ourown.warmline;

/**
 * Recognising a visitor who comes back, only when they ask for it: by an alias they choose, or by a random returning
 * token their browser keeps. Only a hash of either is stored, per organization; without it no chat is linked to
 * another. Every call needs the chat's secret; a wrong one is {@link org.ourown.shared.NotFound}.
 */
public interface ReturningVisitors {

    int MAX_ALIAS = 40;

    /**
     * Links this chat to the visitor's earlier ones. Exactly one of {@code alias} and {@code returningToken} is given;
     * a blank or over-long alias is {@link org.ourown.shared.Rejected}.
     */
    void remember(ChatId chat, String secret, String alias, String returningToken);

    boolean remembered(ChatId chat, String secret);

    /** "Stop remembering me": removes the link from every chat that shared it, so none is linked any more. */
    void forget(ChatId chat, String secret);
}
