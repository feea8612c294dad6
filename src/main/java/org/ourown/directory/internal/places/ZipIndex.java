package org.ourown.directory.internal.places;

import java.util.Arrays;
import java.util.Optional;

/**
 * ZIP centroids in three parallel arrays sorted by ZIP: about 400 KB for the whole country, where a map
 * of objects with boxed coordinates would take several times that.
 */
final class ZipIndex {

    private final int[] zips;
    private final int[] latitudes;
    private final int[] longitudes;

    /** Takes the arrays as they are: the ZIPs ascending, coordinates in {@link Coordinates} units. */
    ZipIndex(int[] zips, int[] latitudes, int[] longitudes) {
        for (int i = 1; i < zips.length; i++) {
            if (zips[i - 1] >= zips[i]) {
                throw new IllegalArgumentException("ZIPs out of order at " + zips[i]);
            }
        }
        this.zips = zips;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
    }

    Optional<Place> find(int zip) {
        int i = Arrays.binarySearch(zips, zip);
        if (i < 0) {
            return Optional.empty();
        }
        return Optional.of(
                new Place(label(zip), Coordinates.degrees(latitudes[i]), Coordinates.degrees(longitudes[i])));
    }

    int size() {
        return zips.length;
    }

    // ZIPs are held as numbers for the binary search, so New England's leading zero comes back here.
    private static String label(int zip) {
        String digits = Integer.toString(zip);
        return "00000".substring(digits.length()) + digits;
    }
}
