package org.ourown.directory;

/** A point to search around, with a radius in miles; the label is what the person typed or chose. */
public record Near(double latitude, double longitude, double radiusMiles, String label) {

    public static final double MAX_RADIUS_MILES = 250;

    public Near {
        if (latitude < -90
                || latitude > 90
                || longitude < -180
                || longitude > 180
                || Double.isNaN(latitude)
                || Double.isNaN(longitude)) {
            throw new org.ourown.shared.Rejected("near", "directory.near.coordinates");
        }
        if (!(radiusMiles > 0 && radiusMiles <= MAX_RADIUS_MILES)) {
            throw new org.ourown.shared.Rejected("radius", "directory.radius.range");
        }
    }

    public double radiusMeters() {
        return radiusMiles * 1609.344;
    }
}
