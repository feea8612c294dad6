package org.ourown.warmline;

import java.time.LocalDate;
import java.util.List;

/**
 * A line as anyone may see it, with whether it is open at the moment of asking.
 *
 * @param crisisResources the line's own, or empty for the defaults (988 and 911) in the reader's language
 */
public record LineView(
        LineId id,
        String organizationName,
        String timezone,
        String name,
        String slug,
        String phone,
        List<DayHours> hours,
        List<LocalDate> closures,
        String closedMessage,
        int dailyLimit,
        int chatGuideMinutes,
        Retention retention,
        List<String> crisisResources,
        boolean openNow) {}
