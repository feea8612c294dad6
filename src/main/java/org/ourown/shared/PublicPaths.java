package org.ourown.shared;

import java.util.List;

/** Paths a module serves to everyone, signed in or not (a bean; the security set-up collects them all). */
public record PublicPaths(List<String> patterns) {

    public PublicPaths(String... patterns) {
        this(List.of(patterns));
    }
}
