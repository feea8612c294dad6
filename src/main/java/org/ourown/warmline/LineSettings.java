package org.ourown.warmline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What a coordinator sets for a line. An empty list of crisis resources means the defaults, 988 and 911. */
public record LineSettings(
        @NotBlank(message = "{warmline.line.name.required}") @Size(max = 120, message = "{warmline.line.name.size}")
        String name,

        @NotBlank(message = "{warmline.line.slug.required}")
        @Size(max = 60, message = "{warmline.line.slug.format}")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{warmline.line.slug.format}")
        String slug,

        @Size(max = 40, message = "{warmline.line.phone.size}")
        @Pattern(regexp = "[0-9+() .-]*", message = "{warmline.line.phone.size}")
        String phone,

        @NotNull List<DayHours> hours,
        @NotNull List<LocalDate> closures,

        @Size(max = 1000, message = "{warmline.line.closedMessage.size}")
        String closedMessage,

        @Min(value = 1, message = "{warmline.line.dailyLimit.range}")
        @Max(value = 50, message = "{warmline.line.dailyLimit.range}")
        int dailyLimit,

        @Min(value = 5, message = "{warmline.line.chatGuide.range}")
        @Max(value = 240, message = "{warmline.line.chatGuide.range}")
        int chatGuideMinutes,

        @NotNull Retention retention,

        @NotNull @Size(max = 10, message = "{warmline.line.crisis.size}")
        List<@Size(max = 200, message = "{warmline.line.crisis.size}") String> crisisResources) {}
