package org.ourown.warmline;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A visitor asks a peer to call them: a phone number, a window on one day in the line's time zone, and their explicit
 * consent to keep the number until the call.
 */
public record CallbackRequest(
        @NotBlank(message = "{warmline.callback.phone.required}")
        @Size(max = 40, message = "{warmline.callback.phone.format}")
        @Pattern(regexp = "[0-9+() -]*", message = "{warmline.callback.phone.format}")
        String phone,

        @NotNull(message = "{warmline.callback.date.required}")
        LocalDate date,

        @NotNull(message = "{warmline.callback.from.required}")
        LocalTime from,

        @NotNull(message = "{warmline.callback.to.required}")
        LocalTime to,

        @AssertTrue(message = "{warmline.callback.consent.required}")
        boolean consent) {

    /** Digits, spaces, +, - and brackets, up to 40 characters. */
    public static final String PHONE = "[0-9+() -]{1,40}";

    public static final int MIN_DIGITS = 7;
    public static final int MAX_DIGITS = 20;

    public static CallbackRequest empty() {
        return new CallbackRequest(null, null, null, null, false);
    }

    /** Digits only: spaces, dashes and brackets are how people write numbers, not part of them. */
    public int digits() {
        return phone == null
                ? 0
                : (int) phone.chars().filter(Character::isDigit).count();
    }
}
