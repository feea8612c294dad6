package org.ourown.warmline.internal;

import org.ourown.warmline.ChatId;
import org.ourown.warmline.Subscription;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * News within this instance only ({@code ourown.warmline.delivery=in-process}): for a single instance that wants no
 * LISTEN connection. Listeners hear after the writing transaction commits.
 */
@Component
@ConditionalOnProperty(name = "ourown.warmline.delivery", havingValue = "in-process")
class InProcessDelivery implements MessageDelivery {

    private final ChatListeners listeners;

    InProcessDelivery(ChatListeners listeners) {
        this.listeners = listeners;
    }

    @Override
    public void announce(ChatId chat) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    listeners.tell(chat);
                }
            });
        } else {
            listeners.tell(chat);
        }
    }

    @Override
    public Subscription listen(ChatId chat, Runnable news) {
        return listeners.listen(chat, news);
    }
}
