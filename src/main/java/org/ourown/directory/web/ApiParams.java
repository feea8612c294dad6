package org.ourown.directory.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.ourown.directory.Near;
import org.ourown.directory.internal.places.Place;
import org.ourown.directory.internal.places.PlaceLookup;
import org.ourown.shared.Paging;
import org.ourown.shared.Rejected;

/** Query parameters of the HSDS API, read strictly: a malformed value is a 400 problem naming the parameter. */
final class ApiParams {

    private static final double METERS_PER_MILE = 1609.344;
    private static final double DEFAULT_POSTCODE_METERS = 10 * METERS_PER_MILE;

    private final UnaryOperator<String> values;

    ApiParams(Map<String, String> values) {
        this(values::get);
    }

    /** From a lookup of each parameter's first value, such as {@code ServletRequest::getParameter}. */
    ApiParams(UnaryOperator<String> values) {
        this.values = values;
    }

    String text(String name) {
        String value = values.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    int page() {
        int page = integer("page", 1);
        if (page < 1) {
            throw new Rejected("page", "error.page.min");
        }
        return page;
    }

    int perPage(int fallback) {
        int size = integer("per_page", fallback);
        if (size < 1 || size > Paging.MAX_SIZE) {
            throw new Rejected("per_page", "error.size.range");
        }
        return size;
    }

    UUID id(String name) {
        String text = text(name);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new Rejected(name, "directory.id.format");
        }
    }

    OffsetDateTime dateTime(String name) {
        String text = text(name);
        try {
            return text == null ? null : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new Rejected(name, "directory.dateTime.format");
        }
    }

    Instant instant(String name) {
        OffsetDateTime time = dateTime(name);
        return time == null ? null : time.toInstant();
    }

    /** {@code lat}+{@code lng} (+{@code radius} in meters), or {@code postcode} (+{@code proximity} in meters). */
    Near near(PlaceLookup places) {
        String postcode = text("postcode");
        if (text("lat") != null || text("lng") != null) {
            double meters = number("radius", 40_000);
            return new Near(number("lat", Double.NaN), number("lng", Double.NaN), meters / METERS_PER_MILE, null);
        }
        if (postcode != null) {
            Place place = places.find(postcode).orElseThrow(() -> new Rejected("postcode", "directory.near.unknown"));
            double meters = number("proximity", DEFAULT_POSTCODE_METERS);
            return new Near(place.latitude(), place.longitude(), meters / METERS_PER_MILE, place.label());
        }
        return null;
    }

    private double number(String name, double fallback) {
        String text = text(name);
        try {
            return text == null ? fallback : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new Rejected(name, "directory.number.format");
        }
    }

    private int integer(String name, int fallback) {
        String text = text(name);
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new Rejected(name, "directory.number.format");
        }
    }
}
