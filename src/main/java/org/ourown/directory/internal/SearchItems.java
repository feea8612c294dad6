package org.ourown.directory.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The HSDS search's items (each a service at a location's ready JSON, {@code directory.search_item}) the app has read,
 * for one epoch of the directory (V15__search_epoch.sql): every transaction that writes items moves the epoch as it
 * commits, so an item kept for the epoch a search's snapshot saw is the item that snapshot would read. A search of
 * another epoch finds nothing here; one of a newer epoch starts the items anew.
 *
 * <p>Public listings only, as the API shows them to anyone; at most {@code ourown.directory.search-item-cache} bytes
 * (128 MB by default, about 100,000 items of 1.25 kB), the least used first out. Zero keeps none.
 */
@Component
public class SearchItems {

    /** What a kept item costs besides its bytes: the key, the array's header and the cache's entry, about. */
    private static final int ENTRY_BYTES = 96;

    private record Generation(long epoch, Cache<UUID, byte[]> items) {}

    private final long maxBytes;
    private final AtomicReference<Generation> current;

    SearchItems(@Value("${ourown.directory.search-item-cache:128MB}") DataSize size) {
        this.maxBytes = size.toBytes();
        this.current = new AtomicReference<>(new Generation(Long.MIN_VALUE, newCache()));
    }

    /** Keeps nothing: every item is read from the database. */
    static SearchItems none() {
        return new SearchItems(DataSize.ofBytes(0));
    }

    private Cache<UUID, byte[]> newCache() {
        return maxBytes == 0
                ? null
                : Caffeine.newBuilder()
                        .maximumWeight(maxBytes)
                        .weigher((UUID id, byte[] item) -> item.length + ENTRY_BYTES)
                        // its upkeep on the thread that read, not handed to another: waking a thread costs more
                        // here than the upkeep itself
                        .executor(Runnable::run)
                        .build();
    }

    /** The item kept for this epoch, or null. */
    byte[] get(long epoch, UUID id) {
        Generation generation = current.get();
        return generation.epoch == epoch && generation.items != null ? generation.items.getIfPresent(id) : null;
    }

    /**
     * Keeps an item read in a snapshot of this epoch: from a newer epoch on, the items kept before are gone; an item
     * of an older epoch than the newest seen is not kept.
     */
    void put(long epoch, UUID id, byte[] item) {
        if (maxBytes == 0) {
            return;
        }
        Generation generation = current.get();
        while (generation.epoch < epoch) {
            Generation newer = new Generation(epoch, newCache());
            if (current.compareAndSet(generation, newer)) {
                generation.items.invalidateAll();
                generation = newer;
            } else {
                generation = current.get();
            }
        }
        if (generation.epoch == epoch) {
            generation.items.put(id, item);
        }
    }
}
