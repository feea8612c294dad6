package org.ourown.directory.internal.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gzipped table tools/places/convert.mjs writes: a header, then {@code zip,lat,lng,city,state}
 * rows in ZIP order. The converter refuses names that would need CSV quoting and writes ASCII only, so
 * the rows are parsed as bytes: a comma always ends a field, and no line is decoded into a String.
 */
final class CentroidFile {

    static final String HEADER = "zip,lat,lng,city,state";
    private static final int FIELDS = 5;
    private static final int ZIP_DIGITS = 5;

    private final byte[] table;
    private final int[] ends = new int[FIELDS];
    private int[] zips = new int[40_000];
    private int[] latitudes = new int[zips.length];
    private int[] longitudes = new int[zips.length];
    private int count;
    private final CityIndexBuilder cities = new CityIndexBuilder();
    private final String[] stateCodes = new String[26 * 26];

    private CentroidFile(byte[] table) {
        this.table = table;
    }

    static PlaceLookup read(InputStream gzipped) {
        try (InputStream in = new GZIPInputStream(gzipped, 1 << 16)) {
            return new CentroidFile(in.readAllBytes()).parse();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the ZIP centroid table", e);
        }
    }

    private PlaceLookup parse() {
        int start = lineEnd(0) + 1;
        String header = new String(table, 0, Math.max(start - 1, 0), StandardCharsets.US_ASCII);
        if (!HEADER.equals(header)) {
            throw new IllegalStateException("Not a ZIP centroid table; header was: " + header);
        }
        while (start < table.length) {
            int end = lineEnd(start);
            if (end > start) {
                row(start, end);
            }
            start = end + 1;
        }
        ZipIndex zipIndex = new ZipIndex(
                Arrays.copyOf(zips, count), Arrays.copyOf(latitudes, count), Arrays.copyOf(longitudes, count));
        return new PlaceLookup(zipIndex, cities.build());
    }

    private void row(int start, int end) {
        int field = 0;
        for (int i = start; i < end && field < FIELDS; i++) {
            if (table[i] == ',') {
                ends[field++] = i;
            }
        }
        if (field != FIELDS - 1 || ends[0] - start != ZIP_DIGITS) {
            throw new IllegalStateException("Expected zip,lat,lng,city,state: " + text(start, end));
        }
        ends[FIELDS - 1] = end;
        int latitude = Coordinates.parse(table, ends[0] + 1, ends[1]);
        int longitude = Coordinates.parse(table, ends[1] + 1, ends[2]);
        add(zip(start), latitude, longitude);
        if (ends[3] > ends[2] + 1 && end - ends[3] - 1 == 2) {
            cities.add(text(ends[2] + 1, ends[3]), state(ends[3] + 1), latitude, longitude);
        }
    }

    private int zip(int start) {
        int zip = 0;
        for (int i = start; i < start + ZIP_DIGITS; i++) {
            int digit = table[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalStateException("Not a ZIP: " + text(start, start + ZIP_DIGITS));
            }
            zip = zip * 10 + digit;
        }
        return zip;
    }

    // One String per state code instead of one per row.
    private String state(int at) {
        int slot = (table[at] - 'A') * 26 + (table[at + 1] - 'A');
        if (slot < 0 || slot >= stateCodes.length) {
            throw new IllegalStateException("Not a state code: " + text(at, at + 2));
        }
        if (stateCodes[slot] == null) {
            stateCodes[slot] = text(at, at + 2);
        }
        return stateCodes[slot];
    }

    private void add(int zip, int latitude, int longitude) {
        if (count == zips.length) {
            zips = Arrays.copyOf(zips, count * 2);
            latitudes = Arrays.copyOf(latitudes, count * 2);
            longitudes = Arrays.copyOf(longitudes, count * 2);
        }
        zips[count] = zip;
        latitudes[count] = latitude;
        longitudes[count] = longitude;
        count++;
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < table.length && table[i] != '\n') {
            i++;
        }
        return i;
    }

    private String text(int from, int to) {
        return new String(table, from, to - from, StandardCharsets.US_ASCII);
    }
}
