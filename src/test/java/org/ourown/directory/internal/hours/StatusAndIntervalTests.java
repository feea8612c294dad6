package org.ourown.directory.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.ourown.directory.internal.hours.TestSchedules.NEW_YORK;
import static org.ourown.directory.internal.hours.TestSchedules.local;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class StatusAndIntervalTests {

    private static final ZonedDateTime NINE = local(NEW_YORK, "2026-03-02T09:00");
    private static final ZonedDateTime FIVE = local(NEW_YORK, "2026-03-02T17:00");

    @Test
    void aStatusCannotContradictItself() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Status(false, true, null, null))
                .withMessage("always open means open with no closing time");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Status(true, true, FIVE, null))
                .withMessage("always open means open with no closing time");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Status(true, false, null, null))
                .withMessage("an open status that is not always open needs a closing time");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Status(true, false, FIVE, NINE))
                .withMessage("an open status has no next opening");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Status(false, false, FIVE, NINE))
                .withMessage("a closed status has no closing time");
    }

    @Test
    void theFactoriesSayWhatTheyMean() {
        assertThat(Status.openUntil(FIVE)).isEqualTo(new Status(true, false, FIVE, null));
        assertThat(Status.openAlways()).isEqualTo(new Status(true, true, null, null));
        assertThat(Status.closedUntil(NINE)).isEqualTo(new Status(false, false, null, NINE));
        assertThat(Status.closedUntil(null).nextOpens()).isNull();
    }

    @Test
    void anIntervalIsHalfOpen() {
        Interval day = new Interval(NINE, FIVE);

        assertThat(day.contains(NINE.toInstant())).isTrue();
        assertThat(day.contains(FIVE.toInstant().minusNanos(1))).isTrue();
        assertThat(day.contains(FIVE.toInstant())).isFalse();
        assertThat(day.contains(NINE.toInstant().minusNanos(1))).isFalse();
        assertThat(day.duration()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void anIntervalMustCloseAfterItOpens() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Interval(FIVE, NINE))
                .withMessageStartingWith("an interval must close after it opens");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Interval(NINE, NINE))
                .withMessageStartingWith("an interval must close after it opens");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Interval(null, NINE))
                .withMessageStartingWith("an interval needs both ends");
    }
}
