package org.ourown.members;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** How a goal is going, on a day no later than today, with an optional 1 to 5. */
public record CheckInRequest(
        @NotNull(message = "{roadmap.checkIn.on.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate checkedOn,

        @NotBlank(message = "{roadmap.checkIn.text.required}") @Size(max = 2000, message = "{roadmap.text.tooLong}")
        String howItIsGoing,

        @Min(value = 1, message = "{roadmap.checkIn.scale.range}")
        @Max(value = 5, message = "{roadmap.checkIn.scale.range}")
        Integer scale) {}
