package org.ourown.warmline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.ourown.warmline.ChatStatus;
import org.ourown.warmline.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Short memory: a chat's words are deleted from the database once its line's retention has passed since it ended,
 * and a contact record keeps only its coded, de-identified fields. Callback phone numbers have their own erasure.
 */
@Component
class ShortMemory {

    /** A peer may come back to a draft record for this long before its free text goes. */
    static final Duration DRAFT_GRACE = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(ShortMemory.class);

    private final PurgeRows purge;
    private final ChatRows chats;
    private final ChatMessages posting;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ShortMemory(PurgeRows purge, ChatRows chats, ChatMessages posting, TransactionTemplate transaction, Clock clock) {
        this.purge = purge;
        this.chats = chats;
        this.posting = posting;
        this.transaction = transaction;
        this.clock = clock;
    }

    record Purged(int chatsClosed, int messages, int records, int blockReasons) {}

    /** Every ten minutes unless {@code ourown.warmline.purge-cron} says otherwise ("-" turns it off). */
    @Scheduled(cron = "${ourown.warmline.purge-cron:0 */10 * * * *}")
    void scheduled() {
        Purged purged = purge();
        if (purged.messages() + purged.records() + purged.blockReasons() > 0) {
            log.info("Warm line short memory: {}", purged);
        }
    }

    Purged purge() {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            // A visitor who closed the page while waiting, with nobody to take the next chat, is closed as left here.
            var vanished = purge.vanished(now.minus(Console.VANISHED));
            vanished.forEach(id -> chats.find(id).ifPresent(chat -> posting.close(chat, ChatStatus.LEFT)));
            int messages = 0;
            int records = 0;
            int reasons = purge.orphanBlockReasons(now);
            for (Retention retention : Retention.values()) {
                Instant before = now.minus(retention.keptFor());
                messages += purge.messages(retention, before);
                Duration draft = retention.keptFor().compareTo(DRAFT_GRACE) > 0 ? retention.keptFor() : DRAFT_GRACE;
                records += purge.recordText(retention, before, now.minus(draft));
                reasons += purge.blockReasons(retention, before);
            }
            return new Purged(vanished.size(), messages, records, reasons);
        });
    }
}
