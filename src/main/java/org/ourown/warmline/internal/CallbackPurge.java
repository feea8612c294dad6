package org.ourown.warmline.internal;

import java.time.Clock;
import org.ourown.warmline.CheckInCallbacks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers nobody called are not kept for ever: 7 days after the window the visitor chose, the number is erased and the
 * callback marked expired. Nightly by default; {@code ourown.warmline.callback-purge-cron=-} switches it off.
 */
@Component
public class CallbackPurge {

    private static final Logger log = LoggerFactory.getLogger(CallbackPurge.class);

    private final CallbackRows callbacks;
    private final Clock clock;

    CallbackPurge(CallbackRows callbacks, Clock clock) {
        this.callbacks = callbacks;
        this.clock = clock;
    }

    @Scheduled(cron = "${ourown.warmline.callback-purge-cron:0 25 3 * * *}")
    @Transactional
    public int purge() {
        int erased = callbacks.expire(clock.instant().minus(CheckInCallbacks.KEPT_AFTER_WINDOW));
        if (erased > 0) {
            log.info("Erased the numbers of {} check-in callbacks nobody made", erased);
        }
        return erased;
    }
}
