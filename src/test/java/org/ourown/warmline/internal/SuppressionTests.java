package org.ourown.warmline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The suppression rule on its own: small counts hidden, and never one hidden count alone in a sum. */
class SuppressionTests {

    @Test
    void aSmallCountIsHiddenAndZeroAndLargeOnesAreNot() {
        Map<String, Long> counts = Map.of("zero", 0L, "one", 1L, "ten", 10L, "eleven", 11L);

        assertThat(Suppression.hidden(counts, List.of())).containsExactlyInAnyOrder("one", "ten");
    }

    @Test
    void theTotalIsHiddenWhenOnePartIsSoItCannotBeSubtracted() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("contacts", 18L);
        counts.put("answered", 15L);
        counts.put("abandoned", 3L);

        Set<String> hidden = Suppression.hidden(
                counts, List.of(new Suppression.Sum<>("contacts", List.of("answered", "abandoned"))));

        assertThat(hidden).containsExactlyInAnyOrder("abandoned", "contacts");
    }

    @Test
    void aHiddenTotalShownAsTheSumOfItsPartsElsewhereHidesTheSmallestPartThere() {
        // contacts = answered + abandoned; contacts is also the sum of the days.
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("contacts", 40L);
        counts.put("answered", 37L);
        counts.put("abandoned", 3L);
        counts.put("day1", 25L);
        counts.put("day2", 15L);

        Set<String> hidden = Suppression.hidden(
                counts,
                List.of(
                        new Suppression.Sum<>("contacts", List.of("answered", "abandoned")),
                        new Suppression.Sum<>("contacts", List.of("day1", "day2"))));

        assertThat(hidden).containsExactlyInAnyOrder("abandoned", "contacts", "day2");
    }

    @Test
    void noSumIsLeftWithExactlyOneHiddenMember() {
        Map<String, Long> counts = new LinkedHashMap<>();
        long[] values = {12, 0, 4, 30, 0, 11, 7, 0, 25};
        for (int i = 0; i < values.length; i++) {
            counts.put("d" + i, values[i]);
        }
        counts.put("total", 89L);
        List<Suppression.Sum<String>> sums = List.of(
                new Suppression.Sum<>(
                        "total",
                        counts.keySet().stream().filter(k -> k.startsWith("d")).toList()),
                new Suppression.Sum<>("d0", List.of("d1", "d2", "d5")),
                new Suppression.Sum<>("d3", List.of("d8", "d4", "d6")));

        Set<String> hidden = Suppression.hidden(counts, sums);

        assertThat(hidden).contains("d2", "d6").doesNotContain("d1", "d4", "d7");
        for (Suppression.Sum<String> sum : sums) {
            long alone = sum.parts().stream().filter(hidden::contains).count() + (hidden.contains(sum.total()) ? 1 : 0);
            assertThat(alone).as(sum.toString()).isNotEqualTo(1);
        }
    }
}
