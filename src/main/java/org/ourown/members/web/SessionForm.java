package org.ourown.members.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ourown.members.SessionKind;
import org.ourown.members.SessionRequest;
import org.ourown.members.SupportSessionView;
import org.springframework.format.annotation.DateTimeFormat;

/** The session form as posted: the date arrives as ISO text from a date input. */
record SessionForm(
        @NotNull(message = "{session.heldOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate heldOn,

        @NotNull(message = "{session.minutes.required}")
        @Min(value = 1, message = "{session.minutes.range}")
        @Max(value = 720, message = "{session.minutes.range}")
        Integer minutes,

        @NotNull(message = "{session.kind.required}") SessionKind kind,
        @Size(max = 200, message = "{session.place.size}") String place,

        @NotBlank(message = "{session.note.required}") @Size(max = 4000, message = "{session.note.size}")
        String note) {

    static SessionForm blank(LocalDate today) {
        return new SessionForm(today, 60, SessionKind.IN_PERSON, "", "");
    }

    static SessionForm of(SupportSessionView session) {
        return new SessionForm(session.heldOn(), session.minutes(), session.kind(), session.place(), session.note());
    }

    SessionRequest request() {
        return new SessionRequest(heldOn, minutes, kind, place, note);
    }
}
