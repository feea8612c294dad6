package org.ourown.warmline.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ourown.warmline.DayHours;
import org.ourown.warmline.LineSettings;
import org.ourown.warmline.Retention;
import org.springframework.validation.BindingResult;

/**
 * A line's settings as a form: one opening per weekday (Monday first; both times empty is closed), holiday closures
 * and crisis resources one per line of text.
 */
record LineForm(
        @NotBlank(message = "{warmline.line.name.required}") @Size(max = 120, message = "{warmline.line.name.size}")
        String name,

        @NotBlank(message = "{warmline.line.slug.required}")
        @Size(max = 60, message = "{warmline.line.slug.format}")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{warmline.line.slug.format}")
        String slug,

        @Size(max = 40, message = "{warmline.line.phone.size}")
        @Pattern(regexp = "[0-9+() .-]*", message = "{warmline.line.phone.size}")
        String phone,

        List<String> opens,
        List<String> closes,

        @Size(max = 4000, message = "{warmline.line.closures.format}")
        String closures,

        @Size(max = 1000, message = "{warmline.line.closedMessage.size}")
        String closedMessage,

        @Min(value = 1, message = "{warmline.line.dailyLimit.range}")
        @Max(value = 50, message = "{warmline.line.dailyLimit.range}")
        int dailyLimit,

        @Min(value = 5, message = "{warmline.line.chatGuide.range}")
        @Max(value = 240, message = "{warmline.line.chatGuide.range}")
        int chatGuideMinutes,

        Retention retention,

        @Size(max = 2000, message = "{warmline.line.crisis.size}")
        String crisisResources) {

    static LineForm blank() {
        List<String> opens = new ArrayList<>(List.of("10:00", "10:00", "10:00", "10:00", "10:00", "", ""));
        List<String> closes = new ArrayList<>(List.of("22:00", "22:00", "22:00", "22:00", "22:00", "", ""));
        return new LineForm("", "", "", opens, closes, "", "", 3, 30, Retention.ON_END, "");
    }

    static LineForm of(LineSettings s) {
        List<String> opens = new ArrayList<>(List.of("", "", "", "", "", "", ""));
        List<String> closes = new ArrayList<>(List.of("", "", "", "", "", "", ""));
        for (DayHours day : s.hours()) {
            opens.set(day.day().getValue() - 1, day.opens().toString());
            closes.set(day.day().getValue() - 1, day.closes().toString());
        }
        return new LineForm(
                s.name(),
                s.slug(),
                s.phone(),
                opens,
                closes,
                String.join("\n", s.closures().stream().map(LocalDate::toString).toList()),
                s.closedMessage(),
                s.dailyLimit(),
                s.chatGuideMinutes(),
                s.retention(),
                String.join("\n", s.crisisResources()));
    }

    /** The settings, or null with the problems put on the form. */
    LineSettings settings(BindingResult errors) {
        List<DayHours> hours = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String open = at(opens, i);
            String close = at(closes, i);
            if (open.isEmpty() && close.isEmpty()) {
                continue;
            }
            try {
                hours.add(new DayHours(DayOfWeek.of(i + 1), LocalTime.parse(open), LocalTime.parse(close)));
            } catch (DateTimeParseException e) {
                errors.reject("warmline.line.hours.format");
                break;
            }
        }
        List<LocalDate> days = new ArrayList<>();
        for (String line : lines(closures)) {
            try {
                days.add(LocalDate.parse(line));
            } catch (DateTimeParseException e) {
                errors.rejectValue("closures", "warmline.line.closures.format");
                break;
            }
        }
        List<String> crisis = lines(crisisResources);
        if (crisis.size() > 10 || crisis.stream().anyMatch(c -> c.length() > 200)) {
            errors.rejectValue("crisisResources", "warmline.line.crisis.size");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new LineSettings(
                name,
                slug,
                phone,
                hours,
                days,
                closedMessage,
                dailyLimit,
                chatGuideMinutes,
                retention == null ? Retention.ON_END : retention,
                crisis);
    }

    /** The opening time typed for a weekday (0 is Monday), or empty; the form may have sent fewer than seven. */
    public String opensAt(int day) {
        return at(opens, day);
    }

    public String closesAt(int day) {
        return at(closes, day);
    }

    private static String at(List<String> list, int i) {
        return list == null || list.size() <= i || list.get(i) == null
                ? ""
                : list.get(i).strip();
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
    }
}
