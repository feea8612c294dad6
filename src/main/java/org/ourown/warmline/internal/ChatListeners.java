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

    private final Map<UUID, Audience> listeners = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "warmline-delivery");
        thread.setDaemon(true);
        return thread;
    });

    Subscription listen(ChatId chat, Runnable news) {
        listeners.compute(chat.value(), (id, audience) -> {
            Audience to = audience == null ? new Audience() : audience;
            to.listeners.add(news);
            return to;
        });
        return () -> listeners.computeIfPresent(chat.value(), (id, audience) -> {
            audience.listeners.remove(news);
            return audience.listeners.isEmpty() ? null : audience;
        });
    }

    void tell(ChatId chat) {
        Audience audience = listeners.get(chat.value());
        if (audience != null) {
            audience.news();
            audience.listeners.forEach(this::run);
        }
    }

    /** After news may have been missed (the LISTEN connection dropped): every listener reads again, once. */
    void tellEveryone() {
        listeners.values().forEach(audience -> {
            audience.news();
            audience.listeners.forEach(this::run);
        });
    }

    int listening() {
        return listeners.values().stream().mapToInt(a -> a.listeners.size()).sum();
    }

    /** Who listens to a chat on this instance, or null. */
    Audience audience(ChatId chat) {
        return listeners.get(chat.value());
    }

    /**
     * A chat's listeners on this instance, and the last read one of them made since the latest news: the visitor's
     * stream and the peer's both wake on the same news and would read the same rows, so the second takes the first's
     * read. A read is shared only within the news it followed: anything committed after it comes with news of its own,
     * which starts a new round of reads.
     */
    static final class Audience {

        private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();
        private long generation;
        private MessageRows.ChatRead shared;
        private long sharedGeneration = -1;

        synchronized void news() {
            generation++;
            shared = null;
        }

        synchronized long generation() {
            return generation;
        }

        /** The shared read for a reader after that id, if it was made since the given news; else null. */
        synchronized MessageRows.ChatRead shared(long since, long afterId) {
            return shared != null && sharedGeneration == since && generation == since ? shared.from(afterId) : null;
        }

        /** Offers a read made after the given news to the other readers, unless newer news came meanwhile. */
        synchronized void share(long since, MessageRows.ChatRead read) {
            if (generation == since && (shared == null || read.afterId() < shared.afterId())) {
                shared = read;
                sharedGeneration = since;
            }
        }
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
