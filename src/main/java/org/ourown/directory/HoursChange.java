package org.ourown.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * A line of opening hours from the edit form.
 *
 * @param weekOfMonth null for every week; 1–5 or -1 (last) for a monthly rule such as "first Saturday"
 * @param allDay open the whole day (then the times are ignored)
 */
public record HoursChange(
        Set<DayOfWeek> days, Integer weekOfMonth, LocalTime opens, LocalTime closes, boolean allDay) {}
