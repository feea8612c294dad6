package org.ourown.directory.internal.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a US ZIP code or city is, offline, from the table bundled with the application (see
 * directory/places/NOTICE.md for where it comes from). Immutable, so one instance serves every request.
 */
public final class PlaceLookup {

    static final String RESOURCE = "/directory/places/us-zip-centroids.csv.gz";

    // Longer than any US place name with its state; anything longer is not a place, so not worth parsing.
    private static final int MAX_QUERY_LENGTH = 100;
    private static final Pattern ZIP = Pattern.compile("(\\d{5})(?:[-\\s]?\\d{4})?");

    private final ZipIndex zips;
    private final CityIndex cities;

    PlaceLookup(ZipIndex zips, CityIndex cities) {
        this.zips = zips;
        this.cities = cities;
    }

    /** The bundled table, read on first use and shared after that. */
    public static PlaceLookup load() {
        return Bundled.LOOKUP;
    }

    /** Reads the bundled table afresh; {@link #load()} is what callers want. */
    static PlaceLookup read() {
        try (InputStream in = PlaceLookup.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return CentroidFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The place a ZIP ("14850", "14850-1234") or a city ("Ithaca, NY", "ithaca new york", "St. Louis MO")
     * names; a city without a state is the one of that name with the most ZIPs.
     */
    public Optional<Place> find(String query) {
        if (query == null || query.length() > MAX_QUERY_LENGTH) {
            return Optional.empty();
        }
        Matcher zip = ZIP.matcher(query.strip());
        if (zip.matches()) {
            return zips.find(Integer.parseInt(zip.group(1)));
        }
        for (CityQuery reading : readings(query, true)) {
            Optional<Place> city = cities.find(reading);
            if (city.isPresent()) {
                return city;
            }
        }
        return Optional.empty();
    }

    /** Cities whose name starts with what has been typed so far, the ones with most ZIPs first. */
    public List<Place> suggest(String prefix, int limit) {
        if (prefix == null || limit <= 0 || prefix.length() > MAX_QUERY_LENGTH) {
            return List.of();
        }
        // "St." or "Fort " is a finished word and may be expanded; "St" may yet become "Stamford".
        boolean lastComplete = !prefix.isEmpty() && !Character.isLetterOrDigit(prefix.charAt(prefix.length() - 1));
        for (CityQuery reading : readings(prefix, lastComplete)) {
            List<Place> found = cities.startingWith(reading, limit);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** How many ZIP codes the table places. */
    public int size() {
        return zips.size();
    }

    private static List<CityQuery> readings(String text, boolean lastComplete) {
        List<String> words = PlaceNames.words(text);
        return words.isEmpty() ? List.of() : CityQuery.readings(words, lastComplete);
    }

    private static final class Bundled {
        static final PlaceLookup LOOKUP = read();
    }
}
