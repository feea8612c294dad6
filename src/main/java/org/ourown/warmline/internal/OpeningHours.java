package org.ourown.warmline.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import org.ourown.warmline.DayHours;

/** Whether a line is open at a local time: weekly hours, overnight runs into the next day, holidays closed. */
record OpeningHours(List<DayHours> hours, Collection<LocalDate> closures) {

    boolean isOpen(LocalDateTime at) {
        LocalDate today = at.toLocalDate();
        LocalTime time = at.toLocalTime();
        for (DayHours day : hours) {
            boolean allDay = day.opens().equals(day.closes());
            boolean overnight = day.closes().isBefore(day.opens());
            if (day.day() == today.getDayOfWeek() && !closures.contains(today)) {
                if (allDay || (!time.isBefore(day.opens()) && (overnight || time.isBefore(day.closes())))) {
                    return true;
                }
            }
            LocalDate yesterday = today.minusDays(1);
            // The tail of an overnight opening belongs to the day it started on, and to that day's closure.
            if (overnight
                    && day.day() == yesterday.getDayOfWeek()
                    && !closures.contains(yesterday)
                    && time.isBefore(day.closes())) {
                return true;
            }
        }
        return false;
    }
}
