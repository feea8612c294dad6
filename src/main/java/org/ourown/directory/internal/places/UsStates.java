package org.ourown.directory.internal.places;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** USPS state and territory codes, found by code or by name as {@link PlaceNames} keys them. */
final class UsStates {

    private static final String[][] NAMES = {
        {"AL", "Alabama"},
        {"AK", "Alaska"},
        {"AZ", "Arizona"},
        {"AR", "Arkansas"},
        {"CA", "California"},
        {"CO", "Colorado"},
        {"CT", "Connecticut"},
        {"DE", "Delaware"},
        {"DC", "District of Columbia"},
        {"FL", "Florida"},
        {"GA", "Georgia"},
        {"HI", "Hawaii"},
        {"ID", "Idaho"},
        {"IL", "Illinois"},
        {"IN", "Indiana"},
        {"IA", "Iowa"},
        {"KS", "Kansas"},
        {"KY", "Kentucky"},
        {"LA", "Louisiana"},
        {"ME", "Maine"},
        {"MD", "Maryland"},
        {"MA", "Massachusetts"},
        {"MI", "Michigan"},
        {"MN", "Minnesota"},
        {"MS", "Mississippi"},
        {"MO", "Missouri"},
        {"MT", "Montana"},
        {"NE", "Nebraska"},
        {"NV", "Nevada"},
        {"NH", "New Hampshire"},
        {"NJ", "New Jersey"},
        {"NM", "New Mexico"},
        {"NY", "New York"},
        {"NC", "North Carolina"},
        {"ND", "North Dakota"},
        {"OH", "Ohio"},
        {"OK", "Oklahoma"},
        {"OR", "Oregon"},
        {"PA", "Pennsylvania"},
        {"RI", "Rhode Island"},
        {"SC", "South Carolina"},
        {"SD", "South Dakota"},
        {"TN", "Tennessee"},
        {"TX", "Texas"},
        {"UT", "Utah"},
        {"VT", "Vermont"},
        {"VA", "Virginia"},
        {"WA", "Washington"},
        {"WV", "West Virginia"},
        {"WI", "Wisconsin"},
        {"WY", "Wyoming"},
        {"PR", "Puerto Rico"},
        {"VI", "Virgin Islands"},
        {"GU", "Guam"},
        {"AS", "American Samoa"},
        {"MP", "Northern Mariana Islands"},
        {"VI", "US Virgin Islands"}
    };

    /** No state name is longer than this many words, so longer endings need not be tried. */
    static final int MAX_WORDS = 3;

    private static final Map<String, String> BY_CODE = index(code -> code.toLowerCase(Locale.ROOT), 0);
    private static final Map<String, String> BY_NAME = index(name -> PlaceNames.key(PlaceNames.words(name)), 1);

    private UsStates() {}

    /** The code for a state written as words, e.g. ["new", "york"] or ["ny"]. */
    static Optional<String> code(List<String> words) {
        // Codes are looked up before name keys are built, which would read "MT" as "Mount"; joining the
        // words first also reads "N.Y." and "D.C." as codes.
        String joined = String.join("", words);
        if (words.size() <= 2 && BY_CODE.containsKey(joined)) {
            return Optional.of(BY_CODE.get(joined));
        }
        return Optional.ofNullable(BY_NAME.get(PlaceNames.key(words)));
    }

    private static Map<String, String> index(UnaryOperator<String> key, int column) {
        Map<String, String> index = new HashMap<>();
        for (String[] state : NAMES) {
            index.put(key.apply(state[column]), state[0]);
        }
        return Map.copyOf(index);
    }
}
