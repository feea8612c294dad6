package org.ourown.directory.internal.places;

import java.nio.charset.StandardCharsets;

/**
 * Degrees held as whole ten-thousandths, the precision the bundled table is written in: an int per
 * coordinate, and city means summed without rounding drift.
 */
final class Coordinates {

    static final int SCALE = 10_000;
    private static final int DECIMALS = 4;
    private static final int MAX_DEGREES = 180;

    private Coordinates() {}

    static double degrees(int units) {
        return (double) units / SCALE;
    }

    static int mean(long sum, int count) {
        return (int) Math.round((double) sum / count);
    }

    /** Reads ASCII such as "-76.5002" or "18" without going through a String or a double. */
    static int parse(byte[] text, int from, int to) {
        boolean negative = from < to && text[from] == '-';
        long units = 0;
        int digits = 0;
        int decimals = -1;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            byte c = text[i];
            if (c == '.' && decimals < 0) {
                decimals = 0;
            } else if (c >= '0' && c <= '9' && digits < 8 && decimals < DECIMALS) {
                units = units * 10 + (c - '0');
                digits++;
                decimals = decimals < 0 ? -1 : decimals + 1;
            } else {
                throw notACoordinate(text, from, to);
            }
        }
        for (int d = Math.max(decimals, 0); d < DECIMALS; d++) {
            units *= 10;
        }
        if (digits == 0 || units > MAX_DEGREES * SCALE) {
            throw notACoordinate(text, from, to);
        }
        return (int) (negative ? -units : units);
    }

    private static NumberFormatException notACoordinate(byte[] text, int from, int to) {
        return new NumberFormatException(
                "not a coordinate: " + new String(text, from, to - from, StandardCharsets.US_ASCII));
    }
}
