package org.ourown.warmline.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small numbers stay private. A count from 1 to 10 is never shown. Where shown counts add up to a shown total (the
 * days of a month, answered plus abandoned), one hidden count among them could be worked out by subtraction, so a
 * second one is hidden too: the total first (it then reads "hidden", never the exact number), or, when the total is
 * already hidden, the smallest shown part above zero. This repeats until no sum has exactly one hidden member.
 * Zero is always shown: it tells nothing about anyone.
 */
final class Suppression {

    /** The smallest count shown as it is. */
    static final long SHOWN_FROM = 11;

    private Suppression() {}

    /** A total and the parts it is the sum of. */
    record Sum<K>(K total, List<K> parts) {}

    static boolean small(long count) {
        return count >= 1 && count < SHOWN_FROM;
    }

    /** The keys whose counts must not be shown: the small ones, and those hidden to protect them. */
    static <K> Set<K> hidden(Map<K, Long> counts, List<Sum<K>> sums) {
        Set<K> hidden = new HashSet<>();
        counts.forEach((key, count) -> {
            if (small(count)) {
                hidden.add(key);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum<K> sum : sums) {
                List<K> members = new ArrayList<>(sum.parts());
                members.add(sum.total());
                if (members.stream().filter(hidden::contains).count() != 1) {
                    continue;
                }
                Optional<K> second = hidden.contains(sum.total())
                        ? sum.parts().stream()
                                .filter(part -> !hidden.contains(part))
                                .filter(part -> counts.getOrDefault(part, 0L) > 0)
                                .min(Comparator.comparing(part -> counts.getOrDefault(part, 0L)))
                        : Optional.of(sum.total());
                if (second.isPresent()) {
                    hidden.add(second.get());
                    changed = true;
                }
            }
        }
        return hidden;
    }
}
