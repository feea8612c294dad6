package org.ourown.directory.internal.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a place name into a key that ignores case, accents, punctuation and spacing, so "St. Louis",
 * "saint louis" and "SaintLouis" meet. The same rules run over the bundled names and over what people
 * type, which is what makes the abbreviations below safe to expand in both directions.
 */
final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    // Postal abbreviations people type for words the bundled names spell out (or the other way round).
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("st", "saint"),
            Map.entry("ste", "sainte"),
            Map.entry("ft", "fort"),
            Map.entry("mt", "mount"),
            Map.entry("mtn", "mountain"),
            Map.entry("pt", "point"),
            Map.entry("hts", "heights"),
            Map.entry("spgs", "springs"),
            Map.entry("jct", "junction"),
            Map.entry("twp", "township"),
            Map.entry("bch", "beach"),
            Map.entry("vlg", "village"));

    // Only in first place: a lone "n" elsewhere is more likely an initial than a direction.
    private static final Map<String, String> LEADING = Map.of("n", "north", "s", "south", "e", "east", "w", "west");

    private PlaceNames() {}

    /** Lower-case ASCII words of the text, in order; empty for text with no letters or digits. */
    static List<String> words(String text) {
        // The bundled names are plain ASCII; only typed text with accents ("Cañon City") pays for normalising.
        String folded = isAscii(text) ? text : withoutAccents(text);
        List<String> words = new ArrayList<>(4);
        StringBuilder word = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                word.append((char) (c - 'A' + 'a'));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String withoutAccents(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The key of complete words. */
    static String key(List<String> words) {
        return key(words, true);
    }

    /**
     * The key of words whose last one may still be being typed: it is left as typed, since expanding
     * "st" to "saint" would hide "Stamford" from someone half way through it.
     */
    static String key(List<String> words, boolean lastComplete) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i < words.size() - 1 || lastComplete) {
                word = WORDS.getOrDefault(word, word);
                if (i == 0 && words.size() > 1) {
                    word = LEADING.getOrDefault(word, word);
                }
            }
            key.append(word);
        }
        return key.toString();
    }
}
