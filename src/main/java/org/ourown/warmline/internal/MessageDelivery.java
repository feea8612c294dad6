package org.ourown.warmline.internal;

import java.util.Optional;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.Subscription;

/**
 * How news of a chat (a message, a change of state) reaches those listening. The news carries no content: listeners
 * read what is new from PostgreSQL, which stays the one source of truth. This implementation reaches listeners on
 * this instance; one that also sends PostgreSQL NOTIFY and LISTENs reaches every instance.
 */
interface MessageDelivery {

    /** Called by the transaction that wrote; listeners hear of it once that transaction has committed. */
    void announce(ChatId chat);

    /**
     * The PostgreSQL channel a writing statement may notify itself ({@code pg_notify}) instead of a call to
     * {@link #announce}, sparing a post one statement; empty when news does not travel through PostgreSQL.
     */
    default Optional<String> channel() {
        return Optional.empty();
    }

    Subscription listen(ChatId chat, Runnable news);
}
