package org.ourown.directory.internal;

import java.util.List;
import java.util.Locale;

/** The accessibility features people can filter by; free-text HSDS descriptions are matched to them by keyword. */
final class AccessibilityFeature {

    static final List<String> CODES =
            List.of("wheelchair", "accessible-restroom", "asl", "hearing-loop", "large-print", "quiet-space", "other");

    private AccessibilityFeature() {}

    static String codeFor(String description, String declared) {
        if (declared != null && CODES.contains(declared)) {
            return declared;
        }
        String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
        if (text.contains("wheelchair") || text.contains("step-free") || text.contains("ramp")) {
            return "wheelchair";
        }
        if (text.contains("restroom") || text.contains("toilet")) {
            return "accessible-restroom";
        }
        if (text.contains("sign language") || text.contains("asl")) {
            return "asl";
        }
        if (text.contains("hearing") || text.contains("loop")) {
            return "hearing-loop";
        }
        if (text.contains("large print") || text.contains("braille")) {
            return "large-print";
        }
        if (text.contains("quiet")) {
            return "quiet-space";
        }
        return "other";
    }
}
