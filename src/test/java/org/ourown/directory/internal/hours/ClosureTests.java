package org.ourown.directory.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.ourown.directory.internal.hours.TestSchedules.EVERY_DAY;
import static org.ourown.directory.internal.hours.TestSchedules.NEW_YORK;
import static org.ourown.directory.internal.hours.TestSchedules.WEEKDAYS;
import static org.ourown.directory.internal.hours.TestSchedules.at;
import static org.ourown.directory.internal.hours.TestSchedules.local;
import static org.ourown.directory.internal.hours.TestSchedules.weekly;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Christmas 2026 falls on a Friday. */
class ClosureTests {

    private static final Closure CHRISTMAS = Closure.on(LocalDate.parse("2026-12-25"), "Christmas Day");

    @Test
    void aClosureRemovesThatDaysHours() {
        OpeningHours dropIn =
                new OpeningHours(NEW_YORK, List.of(weekly(EVERY_DAY, "10:00", "18:00")), List.of(CHRISTMAS));

        assertThat(dropIn.isOpenAt(at(NEW_YORK, "2026-12-25T12:00"))).isFalse();
        assertThat(dropIn.isOpenAt(at(NEW_YORK, "2026-12-24T12:00"))).isTrue();
        assertThat(dropIn.intervals(at(NEW_YORK, "2026-12-24T00:00"), at(NEW_YORK, "2026-12-27T00:00")))
                .extracting(interval -> interval.opens().toLocalDate().toString())
                .containsExactly("2026-12-24", "2026-12-26");
    }

    @Test
    void onChristmasEveningTheNextOpeningIsAfterTheHoliday() {
        OpeningHours everyDay =
                new OpeningHours(NEW_YORK, List.of(weekly(EVERY_DAY, "10:00", "18:00")), List.of(CHRISTMAS));
        OpeningHours weekdays =
                new OpeningHours(NEW_YORK, List.of(weekly(WEEKDAYS, "09:00", "17:00")), List.of(CHRISTMAS));

        assertThat(everyDay.statusAt(at(NEW_YORK, "2026-12-24T19:00")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-12-26T10:00")));
        assertThat(weekdays.statusAt(at(NEW_YORK, "2026-12-24T19:00")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-12-28T09:00")));
    }

    @Test
    void aClosureOverSeveralDaysSkipsThemAll() {
        Closure winterBreak = new Closure(LocalDate.parse("2026-12-24"), LocalDate.parse("2027-01-01"), "Winter break");
        OpeningHours everyDay =
                new OpeningHours(NEW_YORK, List.of(weekly(EVERY_DAY, "10:00", "18:00")), List.of(winterBreak));

        assertThat(everyDay.statusAt(at(NEW_YORK, "2026-12-23T19:00")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2027-01-02T10:00")));
    }

    @Test
    void anOvernightShiftThatStartedBeforeTheHolidayRunsToItsEnd() {
        OpeningHours warmLine =
                new OpeningHours(NEW_YORK, List.of(weekly(EVERY_DAY, "20:00", "02:00")), List.of(CHRISTMAS));

        assertThat(warmLine.statusAt(at(NEW_YORK, "2026-12-25T01:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-12-25T02:00")));
        assertThat(warmLine.statusAt(at(NEW_YORK, "2026-12-25T21:00")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-12-26T20:00")));
    }

    @Test
    void aClosureMustNotEndBeforeItStarts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Closure(LocalDate.parse("2026-12-26"), LocalDate.parse("2026-12-25"), "typo"))
                .withMessage("closure from 2026-12-26 is after to 2026-12-25");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Closure(null, LocalDate.parse("2026-12-25"), "typo"))
                .withMessageContaining("needs both dates");
    }
}
