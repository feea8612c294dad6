package org.ourown.directory.internal;

import java.time.ZoneId;

/** IANA time zones: HSDS carries only a numeric offset, so we keep the real zone beside it. */
final class Zones {

    static final String DEFAULT = "America/New_York";

    private Zones() {}

    static String check(Fields fields, String zone) {
        if (zone == null) {
            return DEFAULT;
        }
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            fields.problem("x_ourown_timezone", "\"" + zone + "\" is not an IANA time zone such as America/Chicago");
            return DEFAULT;
        }
        return zone;
    }
}
