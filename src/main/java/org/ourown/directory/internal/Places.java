package org.ourown.directory.internal;

import java.util.List;
import java.util.UUID;

/** Locations from imports: the place, its addresses, its accessibility, its languages and phones. */
final class Places {

    private Places() {}

    static UUID upsert(ListingRows rows, Fields location, UUID organization) {
        UUID id = location.id("id");
        String type = location.oneOf("location_type", List.of("physical", "postal", "virtual"), null);
        if (type == null && !location.has("location_type")) {
            location.problem("location_type", "is required (physical, postal or virtual)");
        }
        // Stored as given, even off the globe (the HSDS examples use 100 and 101); distance search skips those.
        Double latitude = location.number("latitude", -Double.MAX_VALUE, Double.MAX_VALUE);
        Double longitude = location.number("longitude", -Double.MAX_VALUE, Double.MAX_VALUE);
        if ((latitude == null) != (longitude == null)) {
            location.problem("latitude", "latitude and longitude come together");
        }
        if (id == null || type == null) {
            return null;
        }
        rows.jdbc()
                .sql("insert into directory.location (id, organization_id, location_type, url, name, description,"
                        + " transportation, latitude, longitude) values (:id, :org, :type, :url, :name, :description,"
                        + " :transportation, :lat, :lng) on conflict (id) do update set location_type = excluded.location_type,"
                        + " url = excluded.url, name = excluded.name, description = excluded.description,"
                        + " transportation = excluded.transportation, latitude = excluded.latitude,"
                        + " longitude = excluded.longitude")
                .param("id", id)
                .param("org", organization)
                .param("type", type)
                .param("url", location.text("url"))
                .param("name", location.text("name"))
                .param("description", location.text("description"))
                .param("transportation", location.text("transportation"))
                .param("lat", (latitude == null) == (longitude == null) ? latitude : null)
                .param("lng", (latitude == null) == (longitude == null) ? longitude : null)
                .update();
        for (String table : List.of("address", "accessibility", "language", "phone")) {
            rows.jdbc()
                    .sql("delete from directory." + table + " where location_id = :id")
                    .param("id", id)
                    .update();
        }
        addresses(rows, location.list("addresses"), id);
        accessibility(rows, location.list("accessibility"), id);
        ChildRows.languages(rows, location.list("languages"), null, id);
        ChildRows.phones(rows, location.list("phones"), organization, null, id);
        return id;
    }

    private static void addresses(ListingRows rows, List<Fields> addresses, UUID location) {
        for (Fields address : addresses) {
            UUID id = address.id("id");
            String line = address.required("address_1");
            String city = address.required("city");
            String state = address.required("state_province");
            String postcode = address.required("postal_code");
            String country = address.required("country");
            String type = address.oneOf("address_type", List.of("physical", "postal", "virtual"), "physical");
            if (id == null || line == null || city == null || state == null || postcode == null || country == null) {
                continue;
            }
            rows.jdbc()
                    .sql("insert into directory.address (id, location_id, address_1, address_2, city, region,"
                            + " state_province, postal_code, country, address_type) values (:id, :location, :line,"
                            + " :line2, :city, :region, :state, :postcode, :country, :type)")
                    .param("id", id)
                    .param("location", location)
                    .param("line", line)
                    .param("line2", address.text("address_2"))
                    .param("city", city)
                    .param("region", address.text("region"))
                    .param("state", state)
                    .param("postcode", postcode)
                    .param("country", country)
                    .param("type", type)
                    .update();
        }
    }

    private static void accessibility(ListingRows rows, List<Fields> features, UUID location) {
        for (Fields feature : features) {
            UUID id = feature.id("id");
            String description = feature.text("description");
            if (id == null) {
                continue;
            }
            rows.jdbc()
                    .sql("insert into directory.accessibility (id, location_id, feature, description, details)"
                            + " values (:id, :location, :feature, :description, :details)")
                    .param("id", id)
                    .param("location", location)
                    .param("feature", AccessibilityFeature.codeFor(description, feature.text("x_ourown_feature")))
                    .param("description", description)
                    .param("details", feature.text("details"))
                    .update();
        }
    }
}
