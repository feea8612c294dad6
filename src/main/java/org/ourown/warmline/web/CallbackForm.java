package org.ourown.warmline.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.ourown.warmline.CallbackRequest;
import org.springframework.validation.Errors;

/** The visitor's callback form as typed; every problem becomes a field error, and then nothing is saved. */
record CallbackForm(String phone, String date, String from, String to, Boolean consent) implements Serializable {

    /** An unticked box sends nothing: no consent. */
    CallbackForm {
        consent = Boolean.TRUE.equals(consent);
    }

    static CallbackForm empty() {
        return new CallbackForm("", "", "", "", false);
    }

    CallbackRequest toRequest(Errors errors) {
        String number = phone == null ? "" : phone.strip();
        if (number.isEmpty()) {
            errors.rejectValue("phone", "warmline.callback.phone.required");
        } else {
            CallbackRequest probe = new CallbackRequest(number, null, null, null, true);
            if (!number.matches(CallbackRequest.PHONE)
                    || probe.digits() < CallbackRequest.MIN_DIGITS
                    || probe.digits() > CallbackRequest.MAX_DIGITS) {
                errors.rejectValue("phone", "warmline.callback.phone.format");
            }
        }
        LocalDate day = parse(date, LocalDate::parse, "date", errors);
        LocalTime start = parse(from, LocalTime::parse, "from", errors);
        LocalTime end = parse(to, LocalTime::parse, "to", errors);
        if (!consent) {
            errors.rejectValue("consent", "warmline.callback.consent.required");
        }
        return new CallbackRequest(number, day, start, end, consent);
    }

    private static <T> T parse(String text, Function<String, T> parser, String field, Errors errors) {
        try {
            if (text != null && !text.isBlank()) {
                return parser.apply(text.strip());
            }
        } catch (DateTimeParseException e) {
            // Said below, the same as a missing value.
        }
        errors.rejectValue(field, "warmline.callback." + field + ".required");
        return null;
    }
}
