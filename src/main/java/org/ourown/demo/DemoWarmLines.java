package org.ourown.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.StaffView;
import org.ourown.accounts.SystemTask;
import org.ourown.warmline.DayHours;
import org.ourown.warmline.LineSettings;
import org.ourown.warmline.Lines;
import org.ourown.warmline.Retention;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Two demo warm lines, set up by each organization's admin: Harbor Light's is open all day every day, so that the
 * demo (and its browser test) can chat at any hour; Riverside's keeps evening hours with holiday closures.
 */
@Component
@Conditional(DemoCondition.class)
class DemoWarmLines {

    private final Lines lines;

    DemoWarmLines(Lines lines) {
        this.lines = lines;
    }

    void load(StaffView harborAdmin, StaffView riversideAdmin) {
        SystemTask.runAs(
                as(harborAdmin),
                () -> lines.create(new LineSettings(
                        "Harbor Light Warm Line",
                        "harbor-light",
                        "(555) 010-4477",
                        every(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT),
                        List.of(),
                        null,
                        3,
                        30,
                        Retention.ON_END,
                        List.of())));
        int year = LocalDate.now().getYear();
        SystemTask.runAs(
                as(riversideAdmin),
                () -> lines.create(new LineSettings(
                        "Riverside Evening Line",
                        "riverside-evening",
                        "(555) 010-2290",
                        every(LocalTime.of(17, 0), LocalTime.of(23, 0)),
                        List.of(LocalDate.of(year, 12, 25), LocalDate.of(year + 1, 1, 1)),
                        "We are closed now. We open every evening at 5 pm. Harbor Light Warm Line is open all day.",
                        3,
                        30,
                        Retention.ON_END,
                        List.of())));
    }

    private static List<DayHours> every(LocalTime opens, LocalTime closes) {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> new DayHours(day, opens, closes))
                .toList();
    }

    private static CurrentUser as(StaffView admin) {
        return new CurrentUser(admin.id(), admin.displayName(), admin.organization(), admin.roles());
    }
}
