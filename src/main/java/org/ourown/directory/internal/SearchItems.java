package org.ourown.directory.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The HSDS search's items (each a service at a location's ready JSON, {@code directory.search_item}) the app has read,
 * for one epoch of the directory (V15__search_epoch.sql): every transaction that writes items moves the epoch as it
 * commits, so an item kept for the epoch a search's snapshot saw is the item that snapshot would read. A search of
 * another epoch finds nothing here. One of a newer epoch moves the items on to it ({@link #advance}): the items written
 * in the epochs between are dropped (V16__search_item_changes.sql lists them), the others stay; when they are not all
 * listed (an import, or an app far behind), all are dropped.
 *
 * <p>Public listings only, as the API shows them to anyone; at most {@code ourown.directory.search-item-cache} bytes
 * (128 MB by default, about 100,000 items of 1.25 kB), the least used first out. Zero keeps none.
 */
@Component
public class SearchItems {

    /** What a kept item costs besides its bytes: the key, the array's header and the cache's entry, about. */
    private static final int ENTRY_BYTES = 96;

    /** The most changed items read to move on to a newer epoch; with more, all are dropped. */
    static final int MOST_CHANGES = 10_000;

    /** How many epochs back the list of changed items goes (V16 deletes older ones as the epoch moves). */
    static final int LISTED_EPOCHS = 1_000;

    /** The items written after one epoch up to another, each epoch's own, or its row without an id (V16). */
    private static final String CHANGES = "select c.epoch, c.item_id from directory.search_item_change c"
            + " where c.epoch > ? and c.epoch <= ? limit ?";

    private record Generation(long epoch, Cache<UUID, byte[]> items) {}

    private final long maxBytes;
    private final AtomicReference<Generation> current;

    /**
     * Held to read by each put, to write by a move to a newer epoch: an item read in the older epoch is either kept
     * before the move, which then drops it if it changed, or not kept at all.
     */
    private final ReentrantReadWriteLock moving = new ReentrantReadWriteLock();

    /** One thread reads what changed; the others go on meanwhile, with their items from the database. */
    private final ReentrantLock advancing = new ReentrantLock();

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

    /** The epoch the items are kept for. */
    long epoch() {
        return current.get().epoch;
    }

    /** The item kept for this epoch, or null. */
    byte[] get(long epoch, UUID id) {
        Generation generation = current.get();
        if (generation.epoch != epoch || generation.items == null) {
            return null;
        }
        byte[] item = generation.items.getIfPresent(id);
        // moved on meanwhile, the item may be the newer epoch's (the same cache, its changed items put again)
        return current.get().epoch == epoch ? item : null;
    }

    /** Keeps an item read in a snapshot of this epoch, if the items are kept for it. */
    void put(long epoch, UUID id, byte[] item) {
        if (maxBytes == 0) {
            return;
        }
        moving.readLock().lock();
        try {
            Generation generation = current.get();
            if (generation.epoch == epoch) {
                generation.items.put(id, item);
            }
        } finally {
            moving.readLock().unlock();
        }
    }

    /**
     * Moves the items on to a newer epoch a search's snapshot saw: drops those written after the epoch they are kept
     * for (V16's list), or all of them when that list is not whole. Returns at once when another thread is moving them.
     */
    void advance(long epoch, JdbcClient jdbc) {
        if (maxBytes == 0 || current.get().epoch >= epoch || !advancing.tryLock()) {
            return;
        }
        try {
            Generation generation = current.get();
            if (generation.epoch >= epoch) {
                return;
            }
            Set<UUID> changed = changed(jdbc, generation.epoch, epoch);
            moving.writeLock().lock();
            try {
                if (changed == null) {
                    current.set(new Generation(epoch, newCache()));
                } else {
                    generation.items.invalidateAll(changed);
                    current.set(new Generation(epoch, generation.items));
                }
            } finally {
                moving.writeLock().unlock();
            }
            if (changed == null) {
                generation.items.invalidateAll();
            }
        } finally {
            advancing.unlock();
        }
    }

    /** The items written after {@code from} up to {@code to}, or null when the list is not whole or too long. */
    private static Set<UUID> changed(JdbcClient jdbc, long from, long to) {
        if (from == Long.MIN_VALUE || to - from > LISTED_EPOCHS) {
            return null;
        }
        Set<UUID> ids = new HashSet<>();
        Set<Long> epochs = new HashSet<>();
        boolean[] everything = {false};
        int[] rows = {0};
        jdbc.sql(CHANGES).param(from).param(to).param(MOST_CHANGES + 1).query(rs -> {
            rows[0]++;
            epochs.add(rs.getLong(1));
            UUID id = rs.getObject(2, UUID.class);
            if (id == null) {
                everything[0] = true;
            } else {
                ids.add(id);
            }
        });
        return everything[0] || rows[0] > MOST_CHANGES || epochs.size() != to - from ? null : ids;
    }
}
