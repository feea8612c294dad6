package org.ourown.warmline.internal;

import java.time.Instant;
import java.time.ZoneId;
import org.ourown.shared.Rejected;
import org.ourown.warmline.CallbackRequest;
import org.ourown.warmline.CheckInCallbacks;

/** A callback request checked: consent, a number as people write them, and a window still to come. */
record CallbackWindow(Instant start, Instant end) {

    static CallbackWindow of(CallbackRequest request, ZoneId zone, Instant now) {
        if (!request.consent()) {
            throw new Rejected("consent", "warmline.callback.consent.required");
        }
        if (request.phone() == null || request.phone().isBlank()) {
            throw new Rejected("phone", "warmline.callback.phone.required");
        }
        if (!request.phone().strip().matches(CallbackRequest.PHONE)
                || request.digits() < CallbackRequest.MIN_DIGITS
                || request.digits() > CallbackRequest.MAX_DIGITS) {
            throw new Rejected("phone", "warmline.callback.phone.format");
        }
        if (request.date() == null) {
            throw new Rejected("date", "warmline.callback.date.required");
        }
        if (request.from() == null) {
            throw new Rejected("from", "warmline.callback.from.required");
        }
        if (request.to() == null) {
            throw new Rejected("to", "warmline.callback.to.required");
        }
        if (!request.from().isBefore(request.to())) {
            throw new Rejected("to", "warmline.callback.window.order");
        }
        Instant start = request.date().atTime(request.from()).atZone(zone).toInstant();
        Instant end = request.date().atTime(request.to()).atZone(zone).toInstant();
        if (!end.isAfter(now)) {
            throw new Rejected("date", "warmline.callback.window.past");
        }
        if (start.isAfter(now.plus(CheckInCallbacks.FURTHEST_AHEAD))) {
            throw new Rejected("date", "warmline.callback.window.tooFar");
        }
        return new CallbackWindow(start, end);
    }
}
