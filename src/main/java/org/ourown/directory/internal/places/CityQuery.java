package org.ourown.directory.internal.places;

import java.util.ArrayList;
import java.util.List;

/**
 * One reading of words typed as a city: its {@link PlaceNames} key, and the state's code, or null when
 * no state was named.
 */
record CityQuery(String cityKey, String state) {

    /**
     * Every way to read the words, best first: the longest state name at the end wins ("Charleston West
     * Virginia" is Charleston, WV before it is "Charleston West", VA), and the words as a bare city name
     * come last, for cities whose name ends like a state ("Kansas City", or "New York" alone).
     */
    static List<CityQuery> readings(List<String> words, boolean lastComplete) {
        List<CityQuery> readings = new ArrayList<>();
        for (int n = Math.min(UsStates.MAX_WORDS, words.size() - 1); n >= 1; n--) {
            List<String> city = words.subList(0, words.size() - n);
            UsStates.code(words.subList(words.size() - n, words.size()))
                    .ifPresent(code -> readings.add(new CityQuery(PlaceNames.key(city), code)));
        }
        readings.add(new CityQuery(PlaceNames.key(words, lastComplete), null));
        return readings;
    }

    boolean anyState() {
        return state == null;
    }
}
