package org.ourown.directory.internal.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceLookupTests {

    private final PlaceLookup places = PlaceLookup.load();

    @Test
    void placesAZipNearItsWellKnownCoordinates() {
        Place beverlyHills = places.find("90210").orElseThrow();
        Place ithaca = places.find("14850").orElseThrow();

        assertThat(beverlyHills.label()).isEqualTo("90210");
        assertThat(beverlyHills.latitude()).isCloseTo(34.10, within(0.05));
        assertThat(beverlyHills.longitude()).isCloseTo(-118.41, within(0.05));
        assertThat(ithaca.latitude()).isCloseTo(42.44, within(0.05));
        assertThat(ithaca.longitude()).isCloseTo(-76.50, within(0.05));
    }

    @ParameterizedTest
    @ValueSource(strings = {"14850-1234", "148501234", "14850 1234", "  14850  "})
    void readsZipPlusFourAsItsZip(String query) {
        assertThat(places.find(query)).isEqualTo(places.find("14850")).isPresent();
    }

    @Test
    void keepsTheLeadingZeroOfNewEnglandZips() {
        Place cambridge = places.find("02139").orElseThrow();

        assertThat(cambridge.label()).isEqualTo("02139");
        assertThat(cambridge.latitude()).isCloseTo(42.36, within(0.05));
        assertThat(cambridge.longitude()).isCloseTo(-71.10, within(0.05));
        assertThat(places.find("2139")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ithaca, NY", "ithaca ny", "Ithaca New York", "  ITHACA,   N.Y. ", "Ithaca"})
    void findsACityHoweverItsStateIsWritten(String query) {
        Place ithaca = places.find(query).orElseThrow();

        assertThat(ithaca.label()).isEqualTo("Ithaca, NY");
        assertThat(ithaca.latitude()).isCloseTo(42.44, within(0.05));
    }

    @ParameterizedTest
    @ValueSource(strings = {"St. Louis, MO", "St Louis MO", "Saint Louis, Missouri", "saint   louis", "ST. LOUIS"})
    void readsStAsSaint(String query) {
        Place stLouis = places.find(query).orElseThrow();

        assertThat(stLouis.label()).isEqualTo("Saint Louis, MO");
        assertThat(stLouis.latitude()).isCloseTo(38.63, within(0.15));
        assertThat(stLouis.longitude()).isCloseTo(-90.20, within(0.15));
    }

    static Stream<List<String>> sameCities() {
        return Stream.of(
                List.of("Fort Worth, TX", "Ft. Worth TX", "ft worth texas"),
                List.of("Mount Vernon, NY", "Mt Vernon, New York"),
                List.of("Mc Lean, VA", "McLean, Virginia"),
                List.of("Coeur D Alene, ID", "Coeur d'Alene, Idaho"),
                List.of("Mayaguez, PR", "Mayagüez, Puerto Rico"),
                List.of("Washington, DC", "Washington D.C.", "washington, district of columbia"));
    }

    @ParameterizedTest
    @MethodSource("sameCities")
    void readsAbbreviationsPunctuationAndAccentsAlike(List<String> spellings) {
        Place first = places.find(spellings.get(0)).orElseThrow();

        assertThat(spellings)
                .allSatisfy(spelling ->
                        assertThat(places.find(spelling)).as(spelling).contains(first));
    }

    @Test
    void tellsCitiesOfOneNameApartByState() {
        assertThat(places.find("Kansas City, Kansas").orElseThrow().label()).isEqualTo("Kansas City, KS");
        assertThat(places.find("Kansas City, MO").orElseThrow().label()).isEqualTo("Kansas City, MO");
        assertThat(places.find("Charleston, West Virginia").orElseThrow().label())
                .isEqualTo("Charleston, WV");
        assertThat(places.find("Charleston SC").orElseThrow().label()).isEqualTo("Charleston, SC");
    }

    @Test
    void aCityWithoutAStateIsTheOneWithMostZips() {
        assertThat(places.find("Kansas City").orElseThrow().label()).isEqualTo("Kansas City, MO");
        assertThat(places.find("New York").orElseThrow().label()).isEqualTo("New York, NY");
    }

    @Test
    void placesACityAtTheMeanOfItsZips() {
        List<Place> zips = Stream.of("02138", "02139", "02140", "02141", "02142")
                .map(zip -> places.find(zip).orElseThrow())
                .toList();
        Place cambridge = places.find("Cambridge, MA").orElseThrow();

        double latitude = zips.stream().mapToDouble(Place::latitude).average().orElseThrow();
        double longitude = zips.stream().mapToDouble(Place::longitude).average().orElseThrow();
        assertThat(cambridge.latitude()).isCloseTo(latitude, within(0.0001));
        assertThat(cambridge.longitude()).isCloseTo(longitude, within(0.0001));
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999", "00000", "Atlantis, NY", "Ithaca, CA", "Springfield, ZZ", "Narnia"})
    void findsNothingForPlacesThatAreNotThere(String query) {
        assertThat(places.find(query)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                ",,,",
                "abc",
                "123",
                "1234567",
                "14850-12",
                "'; DROP TABLE places; --",
                "Ithaca' OR '1'='1",
                "%",
                "\u0000\u0007",
                "🏙️ city",
                "<script>alert(1)</script>"
            })
    void findsNothingForMalformedInput(String query) {
        assertThat(places.find(query)).isEmpty();
        assertThat(places.suggest(query, 5)).isEmpty();
    }

    @Test
    void findsNothingForVeryLongOrMissingInput() {
        assertThat(places.find("Ithaca ".repeat(5_000))).isEmpty();
        assertThat(places.find("1".repeat(100_000))).isEmpty();
        assertThat(places.find(null)).isEmpty();
        assertThat(places.suggest("spring".repeat(1_000), 5)).isEmpty();
        assertThat(places.suggest(null, 5)).isEmpty();
    }

    @Test
    void suggestsCitiesStartingWithWhatWasTyped() {
        List<String> labels = labels(places.suggest("spring", 5));

        assertThat(labels).hasSize(5).allSatisfy(label -> assertThat(label).startsWith("Spring"));
        assertThat(labels.get(0)).isEqualTo("Springfield, MA");
        assertThat(labels).contains("Springfield, MO", "Springfield, IL");
    }

    @Test
    void suggestsNoMoreThanAskedFor() {
        assertThat(places.suggest("spring", 2)).hasSize(2);
        assertThat(places.suggest("spring", 0)).isEmpty();
        assertThat(places.suggest("s", 1_000)).hasSize(1_000);
    }

    @Test
    void suggestsWithinANamedState() {
        assertThat(labels(places.suggest("Springfield, OH", 5))).containsExactly("Springfield, OH");
        assertThat(labels(places.suggest("St. Louis, MO", 5))).containsExactly("Saint Louis, MO");
    }

    @Test
    void expandsAnAbbreviationOnlyOnceItIsFinished() {
        assertThat(labels(places.suggest("St", 20))).contains("Stamford, CT");
        assertThat(labels(places.suggest("St.", 20)))
                .isNotEmpty()
                .allSatisfy(label -> assertThat(label).startsWith("Saint"));
    }

    @Test
    void holdsEveryZipOnce() {
        assertThat(places.size()).isGreaterThan(30_000);
        assertThat(PlaceLookup.load()).isSameAs(places);
    }

    private static List<String> labels(List<Place> suggestions) {
        return suggestions.stream().map(Place::label).toList();
    }
}
