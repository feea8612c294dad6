package org.ourown.directory.internal.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cities as the ZIPs that share a name and state: each city sits at the mean of its ZIPs' centroids,
 * and the number of ZIPs stands in for its size when ranking.
 */
final class CityIndex {

    private static final int[] NONE = {};

    private final String[] names;
    private final String[] states;
    private final int[] zipCounts;
    private final int[] latitudes;
    private final int[] longitudes;
    // Never changed after the builder hands it over, so safe to share between threads.
    private final Map<String, int[]> citiesByKey;
    private final Comparator<Integer> largestFirst;
    // Sorted on the first suggestion rather than at load: sorting is a fifth of a cold load, and a
    // caller that only finds places never needs it. Two threads racing to sort both get the same answer.
    private volatile String[] sortedKeys;

    CityIndex(CityIndexBuilder.Cities cities) {
        this.names = cities.names();
        this.states = cities.states();
        this.zipCounts = cities.zipCounts();
        this.latitudes = cities.latitudes();
        this.longitudes = cities.longitudes();
        this.citiesByKey = cities.citiesByKey();
        this.largestFirst = Comparator.<Integer>comparingInt(city -> -zipCounts[city])
                .thenComparing(city -> names[city])
                .thenComparing(city -> states[city]);
    }

    /** The city in the query's state, or with no state the one of that name with the most ZIPs. */
    Optional<Place> find(CityQuery query) {
        int[] cities = citiesByKey.getOrDefault(query.cityKey(), NONE);
        int best = -1;
        for (int city : cities) {
            if (matches(city, query) && (best < 0 || zipCounts[city] > zipCounts[best])) {
                best = city;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(place(best));
    }

    /** Cities whose key starts with the query's, largest first, then by name. */
    List<Place> startingWith(CityQuery query, int limit) {
        String prefix = query.cityKey();
        if (prefix.isEmpty()) {
            return List.of();
        }
        String[] sortedKeys = sortedKeys();
        List<Integer> found = new ArrayList<>();
        for (int i = firstAtOrAfter(sortedKeys, prefix);
                i < sortedKeys.length && sortedKeys[i].startsWith(prefix);
                i++) {
            for (int city : citiesByKey.get(sortedKeys[i])) {
                if (matches(city, query)) {
                    found.add(city);
                }
            }
        }
        found.sort(largestFirst);
        return found.stream().limit(limit).map(this::place).toList();
    }

    private boolean matches(int city, CityQuery query) {
        return query.anyState() || states[city].equals(query.state());
    }

    private String[] sortedKeys() {
        String[] keys = sortedKeys;
        if (keys == null) {
            keys = citiesByKey.keySet().toArray(String[]::new);
            Arrays.sort(keys);
            sortedKeys = keys;
        }
        return keys;
    }

    private static int firstAtOrAfter(String[] sortedKeys, String prefix) {
        int low = 0;
        int high = sortedKeys.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sortedKeys[middle].compareTo(prefix) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private Place place(int city) {
        return new Place(
                names[city] + ", " + states[city],
                Coordinates.degrees(latitudes[city]),
                Coordinates.degrees(longitudes[city]));
    }
}
