package org.ourown.directory.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ourown.directory.internal.hours.HsdsSchedules;
import org.ourown.directory.internal.hours.OpeningRule;

/** A schedule as stored: HSDS's RRULE-like fields, checked by turning them into an opening rule. */
record ScheduleRow(
        UUID id,
        String freq,
        String byday,
        LocalTime opensAt,
        LocalTime closesAt,
        LocalDate validFrom,
        LocalDate validTo,
        String description) {

    OpeningRule rule() {
        return HsdsSchedules.fromHsds(
                freq,
                byday,
                opensAt == null ? null : opensAt.toString(),
                closesAt == null ? null : closesAt.toString(),
                validFrom == null ? null : validFrom.toString(),
                validTo == null ? null : validTo.toString());
    }

    static List<ScheduleRow> read(List<Fields> schedules) {
        List<ScheduleRow> rows = new ArrayList<>();
        for (Fields schedule : schedules) {
            UUID id = schedule.id("id");
            String freq = schedule.text("freq");
            String byday = schedule.text("byday");
            if (freq == null && byday == null) {
                continue; // a schedule given only as words (description) has no rule to compute hours from
            }
            try {
                OpeningRule rule = HsdsSchedules.fromHsds(
                        freq,
                        byday,
                        schedule.text("opens_at"),
                        schedule.text("closes_at"),
                        schedule.text("valid_from"),
                        schedule.text("valid_to"));
                rows.add(new ScheduleRow(
                        id,
                        HsdsSchedules.freq(rule),
                        HsdsSchedules.byday(rule),
                        rule.opensAt(),
                        rule.closesAt(),
                        rule.validFrom(),
                        rule.validTo(),
                        schedule.text("description")));
            } catch (IllegalArgumentException e) {
                schedule.problem("schedule", e.getMessage());
            }
        }
        return rows;
    }
}
