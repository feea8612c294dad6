package org.ourown.directory.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ourown.directory.Near;
import org.ourown.directory.SearchQuery;
import org.ourown.directory.ServiceKind;
import org.ourown.directory.internal.places.Place;
import org.ourown.directory.internal.places.PlaceLookup;
import org.ourown.shared.Rejected;

/** Turns the form into a query, collecting a message key per wrong field instead of failing. */
final class SearchRequest {

    static final int PAGE_SIZE = 20;
    static final double DEFAULT_RADIUS = 25;

    final Map<String, String> errors = new LinkedHashMap<>();
    final SearchQuery query;
    final String placeLabel;

    SearchRequest(SearchForm form, PlaceLookup places, Instant now, ZoneId searcherZone) {
        ServiceKind kind = null;
        if (SearchForm.notBlank(form.kind())) {
            kind = ServiceKind.ofCode(form.kind()).orElse(null);
            if (kind == null) {
                errors.put("kind", "directory.kind.unknown");
            }
        }
        Near near = null;
        String label = null;
        double radius = number(form.radius(), DEFAULT_RADIUS, "radius");
        try {
            if (SearchForm.notBlank(form.lat()) || SearchForm.notBlank(form.lng())) {
                near = new Near(
                        number(form.lat(), Double.NaN, "near"), number(form.lng(), Double.NaN, "near"), radius, null);
            } else if (SearchForm.notBlank(form.near())) {
                Place place = places.find(form.near()).orElse(null);
                if (place == null) {
                    errors.put("near", "directory.near.unknown");
                } else {
                    label = place.label();
                    near = new Near(place.latitude(), place.longitude(), radius, place.label());
                }
            }
        } catch (Rejected e) {
            errors.putIfAbsent(e.field(), e.messageKey());
        }
        placeLabel = label;
        Instant openAt = openAt(form, now, searcherZone);
        int page = (int) number(form.page(), 1, "page");
        SearchQuery built = null;
        if (errors.isEmpty()) {
            try {
                built = new SearchQuery(
                        form.q(),
                        kind,
                        near,
                        openAt,
                        form.attendance(),
                        form.language(),
                        form.access(),
                        form.peerRunOnly(),
                        page,
                        PAGE_SIZE);
            } catch (Rejected e) {
                errors.put(e.field(), e.messageKey());
            }
        }
        query = built;
    }

    private Instant openAt(SearchForm form, Instant now, ZoneId zone) {
        if ("now".equals(form.open())) {
            return now;
        }
        if ("at".equals(form.open())) {
            try {
                return LocalDateTime.parse(form.at()).atZone(zone).toInstant();
            } catch (DateTimeParseException | NullPointerException e) {
                errors.put("at", "directory.at.format");
            }
        }
        return null;
    }

    private double number(String text, double fallback, String field) {
        if (!SearchForm.notBlank(text)) {
            return fallback;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, "directory." + field + ".number");
            return fallback;
        }
    }
}
