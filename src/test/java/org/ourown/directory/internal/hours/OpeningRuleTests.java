package org.ourown.directory.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpeningRuleTests {

    private static final Set<DayOfWeek> MONDAY = Set.of(DayOfWeek.MONDAY);
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime FIVE = LocalTime.of(17, 0);

    @Test
    void needsAFrequency() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpeningRule(null, MONDAY, null, NINE, FIVE, false, null, null))
                .withMessage("freq is required: WEEKLY or MONTHLY");
    }

    @Test
    void needsAtLeastOneDay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpeningRule.weekly(Set.of(), NINE, FIVE))
                .withMessage("days must name at least one day of the week");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpeningRule.weekly(new HashSet<>(Arrays.asList(DayOfWeek.MONDAY, null)), NINE, FIVE))
                .withMessage("days must not contain null");
    }

    @Test
    void aWeeklyRuleHasNoWeekOfMonth() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpeningRule(Frequency.WEEKLY, MONDAY, 1, NINE, FIVE, false, null, null))
                .withMessage("weekOfMonth 1 is only for MONTHLY rules; a WEEKLY rule opens every week");
    }

    @Test
    void aMonthlyRuleNeedsAWeekOfMonthFromOneToFiveOrMinusOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpeningRule.monthly(0, DayOfWeek.SATURDAY, NINE, FIVE))
                .withMessage("a MONTHLY rule needs weekOfMonth 1 to 5, or -1 for the last; got 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpeningRule.monthly(-2, DayOfWeek.SATURDAY, NINE, FIVE))
                .withMessageEndingWith("got -2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpeningRule(Frequency.MONTHLY, MONDAY, null, NINE, FIVE, false, null, null))
                .withMessageEndingWith("got null");
        assertThat(OpeningRule.monthly(5, DayOfWeek.SATURDAY, NINE, FIVE).weekOfMonth())
                .isEqualTo(5);
    }

    @Test
    void timesAreForEitherAllDayOrBothEnds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpeningRule(Frequency.WEEKLY, MONDAY, null, NINE, null, true, null, null))
                .withMessage("an all-day rule has no opensAt or closesAt; got 09:00–null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpeningRule(Frequency.WEEKLY, MONDAY, null, NINE, null, false, null, null))
                .withMessage("opensAt and closesAt are both required unless the rule is all day; got 09:00–null");
    }

    @Test
    void validFromMustNotBeAfterValidTo() {
        OpeningRule rule = OpeningRule.weekly(MONDAY, NINE, FIVE);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> rule.validBetween(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-06-30")))
                .withMessage("validFrom 2026-07-01 is after validTo 2026-06-30");
        assertThat(rule.validBetween(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-01"))
                        .startsOn(LocalDate.parse("2026-07-06")))
                .isFalse();
    }

    @Test
    void keepsItsDaysInWeekOrderAndUnchangeable() {
        Set<DayOfWeek> given = new HashSet<>(Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        OpeningRule rule = OpeningRule.weekly(given, NINE, FIVE);
        given.add(DayOfWeek.FRIDAY);

        assertThat(rule.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY);
        assertThatThrownBy(() -> rule.days().add(DayOfWeek.TUESDAY)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(rule)
                .isEqualTo(OpeningRule.weekly(
                        Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY), NINE, FIVE));
    }

    @Test
    void closingAtOrBeforeOpeningMeansOvernight() {
        assertThat(OpeningRule.weekly(MONDAY, NINE, FIVE).overnight()).isFalse();
        assertThat(OpeningRule.weekly(MONDAY, FIVE, NINE).overnight()).isTrue();
        assertThat(OpeningRule.weekly(MONDAY, NINE, NINE).overnight()).isTrue();
        assertThat(OpeningRule.allDay(MONDAY).overnight()).isFalse();
    }
}
