package org.ourown.warmline.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** News within this instance, told after commit on a small pool, so that the writer never waits for a slow reader. */
@Component
class InProcessDelivery implements MessageDelivery {

    private static final Logger log = LoggerFactory.getLogger(InProcessDelivery.class);

    private final Map<UUID, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "warmline-delivery");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void announce(ChatId chat) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tell(chat);
                }
            });
        } else {
            tell(chat);
        }
    }

    @Override
    public Subscription listen(ChatId chat, Runnable news) {
        listeners
                .computeIfAbsent(chat.value(), id -> ConcurrentHashMap.newKeySet())
                .add(news);
        return () -> listeners.computeIfPresent(chat.value(), (id, set) -> {
            set.remove(news);
            return set.isEmpty() ? null : set;
        });
    }

    private void tell(ChatId chat) {
        Set<Runnable> set = listeners.get(chat.value());
        if (set == null) {
            return;
        }
        for (Runnable news : set) {
            pool.execute(() -> {
                try {
                    news.run();
                } catch (RuntimeException e) {
                    log.debug("A chat listener failed: {}", e.toString());
                }
            });
        }
    }
}
