package org.ourown.directory.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ourown.directory.OpenState;
import org.ourown.directory.ServiceListing;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says opening hours the way people do: "Open now · closes 8 pm", "Closed · opens Tuesday 10 am", in the program's
 * own time zone and the reader's language. Used from templates as {@code @openText}.
 */
@Component("openText")
class OpenText {

    private final MessageSource messages;

    OpenText(MessageSource messages) {
        this.messages = messages;
    }

    public String status(OpenState state, ZonedDateTime now) {
        if (state == null || !state.hasHours()) {
            return text("open.noHours");
        }
        if (state.alwaysOpen()) {
            return text("open.always");
        }
        if (state.open()) {
            return state.closes() == null
                    ? text("open.now")
                    : text(
                            "open.closes",
                            when(
                                    state.closes(),
                                    now.withZoneSameInstant(state.closes().getZone())));
        }
        return state.nextOpens() == null
                ? text("open.closedNoNext")
                : text(
                        "open.opens",
                        when(
                                state.nextOpens(),
                                now.withZoneSameInstant(state.nextOpens().getZone())));
    }

    public boolean isOpen(OpenState state) {
        return state != null && state.hasHours() && state.open();
    }

    /** "8 pm" today, "tomorrow 10 am", or "Tuesday 10 am" within the week; a date further away. */
    String when(ZonedDateTime at, ZonedDateTime now) {
        String time = time(at.toLocalTime());
        long days = java.time.temporal.ChronoUnit.DAYS.between(now.toLocalDate(), at.toLocalDate());
        if (days == 0) {
            return time;
        }
        if (days == 1) {
            return text("open.tomorrow", time);
        }
        if (days < 7) {
            return day(at.getDayOfWeek()) + " " + time;
        }
        return at.format(DateTimeFormatter.ofPattern(text("open.datePattern"), locale())) + " " + time;
    }

    public String time(LocalTime time) {
        String pattern = time.getMinute() == 0 ? text("time.pattern.hour") : text("time.pattern.minute");
        return time.format(DateTimeFormatter.ofPattern(pattern, locale()))
                .replace("AM", "am")
                .replace("PM", "pm");
    }

    public String hours(ServiceListing.Hours hours) {
        String days = hours.weekOfMonth() == null
                ? days(hours.days())
                : text("hours.monthly." + hours.weekOfMonth(), days(hours.days()));
        if (hours.opensAt() == null) {
            return text("hours.allDay", days);
        }
        boolean overnight = !hours.closesAt().isAfter(hours.opensAt());
        return text(overnight ? "hours.overnight" : "hours.range", days, time(hours.opensAt()), time(hours.closesAt()));
    }

    public List<DayOfWeek> weekDays() {
        return List.of(DayOfWeek.values());
    }

    public String dayName(DayOfWeek day) {
        return day(day);
    }

    /** An instant as the program's local date and time, e.g. for "beds updated 2026-05-03 14:20". */
    public String localTime(java.time.Instant at, String zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(java.time.ZoneId.of(zone)));
    }

    private String days(Set<DayOfWeek> days) {
        return days.stream().sorted().map(this::day).collect(Collectors.joining(", "));
    }

    private String day(DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL, locale());
        return name.substring(0, 1).toUpperCase(locale()) + name.substring(1);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
