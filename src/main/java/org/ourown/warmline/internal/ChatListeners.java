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
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Who listens to which chat on this instance, and telling them: on a small pool, so that whoever tells (a committing
 * writer, the LISTEN connection) never waits for a slow reader. Every {@link MessageDelivery} ends here.
 */
@Component
class ChatListeners implements DisposableBean {

    /**
     * A told listener reads from PostgreSQL, so more threads than the connection pool can serve would only queue on
     * the pool; a few per core keep both CPU and connections busy.
     */
    static final int THREADS = Math.max(4, 4 * Runtime.getRuntime().availableProcessors());

    private static final Logger log = LoggerFactory.getLogger(ChatListeners.class);

    private final Map<UUID, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "warmline-delivery");
        thread.setDaemon(true);
        return thread;
    });

    Subscription listen(ChatId chat, Runnable news) {
        listeners
                .computeIfAbsent(chat.value(), id -> ConcurrentHashMap.newKeySet())
                .add(news);
        return () -> listeners.computeIfPresent(chat.value(), (id, set) -> {
            set.remove(news);
            return set.isEmpty() ? null : set;
        });
    }

    void tell(ChatId chat) {
        Set<Runnable> set = listeners.get(chat.value());
        if (set != null) {
            set.forEach(this::run);
        }
    }

    /** After news may have been missed (the LISTEN connection dropped): every listener reads again, once. */
    void tellEveryone() {
        listeners.values().forEach(set -> set.forEach(this::run));
    }

    int listening() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }

    private void run(Runnable news) {
        pool.execute(() -> {
            try {
                news.run();
            } catch (RuntimeException e) {
                log.debug("A chat listener failed: {}", e.toString());
            }
        });
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
