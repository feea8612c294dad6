package org.ourown.directory.internal.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers ZIP rows into cities while the bundled table is read, then freezes them into arrays. Loading
 * runs mostly before the JIT has warmed up, so each row costs two hash look-ups and no new strings.
 */
final class CityIndexBuilder {

    /** The frozen arrays {@link CityIndex} reads; indexes into them are city numbers. */
    record Cities(
            String[] names,
            String[] states,
            int[] zipCounts,
            int[] latitudes,
            int[] longitudes,
            Map<String, int[]> citiesByKey) {}

    private static final int EXPECTED_CITIES = 32_768;

    private final Map<String, int[]> citiesByKey = new HashMap<>(EXPECTED_CITIES);
    // The table repeats names (every Springfield, every ZIP of a big city); keying each once is cheaper.
    private final Map<String, String> keysByName = new HashMap<>(EXPECTED_CITIES);
    private final List<String> names = new ArrayList<>(EXPECTED_CITIES);
    private final List<String> states = new ArrayList<>(EXPECTED_CITIES);
    private int[] zipCounts = new int[EXPECTED_CITIES];
    private long[] latitudeSums = new long[EXPECTED_CITIES];
    private long[] longitudeSums = new long[EXPECTED_CITIES];

    void add(String name, String state, int latitude, int longitude) {
        String key = keysByName.computeIfAbsent(name, n -> PlaceNames.key(PlaceNames.words(n)));
        if (key.isEmpty()) {
            return;
        }
        int city = cityFor(key, name, state);
        zipCounts[city]++;
        latitudeSums[city] += latitude;
        longitudeSums[city] += longitude;
    }

    CityIndex build() {
        int count = names.size();
        int[] latitudes = new int[count];
        int[] longitudes = new int[count];
        for (int city = 0; city < count; city++) {
            latitudes[city] = Coordinates.mean(latitudeSums[city], zipCounts[city]);
            longitudes[city] = Coordinates.mean(longitudeSums[city], zipCounts[city]);
        }
        return new CityIndex(new Cities(
                names.toArray(String[]::new),
                states.toArray(String[]::new),
                Arrays.copyOf(zipCounts, count),
                latitudes,
                longitudes,
                citiesByKey));
    }

    // A key is shared by the cities of that name in different states, rarely more than a handful.
    private int cityFor(String key, String name, String state) {
        int[] cities = citiesByKey.get(key);
        if (cities != null) {
            for (int city : cities) {
                if (states.get(city).equals(state)) {
                    return city;
                }
            }
        }
        int city = newCity(name, state);
        int[] grown = cities == null ? new int[1] : Arrays.copyOf(cities, cities.length + 1);
        grown[grown.length - 1] = city;
        citiesByKey.put(key, grown);
        return city;
    }

    private int newCity(String name, String state) {
        int city = names.size();
        if (city == zipCounts.length) {
            zipCounts = Arrays.copyOf(zipCounts, city * 2);
            latitudeSums = Arrays.copyOf(latitudeSums, city * 2);
            longitudeSums = Arrays.copyOf(longitudeSums, city * 2);
        }
        names.add(name);
        states.add(state);
        return city;
    }
}
