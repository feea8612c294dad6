package org.ourown.warmline;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekday's opening: closes at or before opens runs past midnight; equal times mean all day. */
public record DayHours(DayOfWeek day, LocalTime opens, LocalTime closes) {}
