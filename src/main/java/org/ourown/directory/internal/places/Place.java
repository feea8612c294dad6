package org.ourown.directory.internal.places;

import java.util.Objects;

/** A point a directory search can measure distance from, named as a person would read it back. */
public record Place(String label, double latitude, double longitude) {

    public Place {
        Objects.requireNonNull(label, "label");
    }
}
