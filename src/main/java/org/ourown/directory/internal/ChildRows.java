package org.ourown.directory.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The parts of a service and its locations, read from an HSDS document and written beside it. */
final class ChildRows {

    private static final List<String> PHONE_TYPES =
            List.of("text", "voice", "fax", "cell", "video", "pager", "textphone");

    private ChildRows() {}

    static void phones(ListingRows rows, List<Fields> phones, UUID organization, UUID service, UUID location) {
        for (Fields phone : phones) {
            UUID id = phone.id("id");
            String number = phone.required("number");
            String type = phone.oneOf("type", PHONE_TYPES, null);
            List<String> codes = new ArrayList<>();
            for (Fields language : phone.list("languages")) {
                String code = language.text("code");
                if (code != null) {
                    codes.add(code.toLowerCase());
                }
            }
            if (id == null || number == null) {
                continue;
            }
            UUID owner = service != null ? service : location != null ? location : organization;
            String sql = "insert into directory.phone (id, organization_id, service_id, location_id, number,"
                    + " extension, type, description, languages) values (:id, :org, :service, :location, :number,"
                    + " :ext, :type, :description, :languages) on conflict (id) do nothing";
            for (UUID candidate : List.of(id, derived(id, owner))) {
                int inserted = rows.jdbc()
                        .sql(sql)
                        .param("id", candidate)
                        .param("org", service == null && location == null ? organization : null)
                        .param("service", service)
                        .param("location", location)
                        .param("number", number)
                        .param("ext", phone.text("extension"))
                        .param("type", type)
                        .param("description", phone.text("description"))
                        .param("languages", String.join(",", codes))
                        .update();
                if (inserted == 1) {
                    break;
                }
            }
        }
    }

    static void languages(ListingRows rows, List<Fields> languages, UUID service, UUID location) {
        for (Fields language : languages) {
            UUID id = language.id("id");
            String code = language.text("code");
            String name = language.text("name");
            if (code != null && !code.toLowerCase().matches("[a-z]{2,3}")) {
                language.problem("code", "\"" + code + "\" is not an ISO 639 language code such as en or es");
                continue;
            }
            if (id == null || (code == null && name == null)) {
                continue;
            }
            for (UUID candidate : List.of(id, derived(id, service != null ? service : location))) {
                int inserted = rows.jdbc()
                        .sql("insert into directory.language (id, service_id, location_id, code, name)"
                                + " values (:id, :service, :location, :code, :name) on conflict (id) do nothing")
                        .param("id", candidate)
                        .param("service", service)
                        .param("location", location)
                        .param("code", code == null ? "und" : code.toLowerCase())
                        .param("name", name == null ? code : name)
                        .update();
                if (inserted == 1) {
                    break;
                }
            }
        }
    }

    /**
     * Some HSDS files (Open Referral's own examples among them) give a phone or language the same id under a service
     * and under its location. Ids are unique here, so the second one gets an id derived from its owner: stable
     * across re-imports, and the first keeps the id it came with.
     */
    static UUID derived(UUID id, UUID owner) {
        return UUID.nameUUIDFromBytes((id + "/" + owner).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static void areas(ListingRows rows, List<Fields> areas, UUID service) {
        for (Fields area : areas) {
            UUID id = area.id("id");
            String name = area.text("name");
            if (id != null) {
                rows.jdbc()
                        .sql("insert into directory.service_area (id, service_id, name, description)"
                                + " values (:id, :service, :name, :description) on conflict (id) do nothing")
                        .param("id", id)
                        .param("service", service)
                        .param("name", name == null ? "" : name)
                        .param("description", area.text("description"))
                        .update();
            }
        }
    }

    static void capacities(ListingRows rows, List<Fields> capacities, UUID service) {
        for (Fields capacity : capacities) {
            UUID id = capacity.id("id");
            Integer available = capacity.integer("available", 0, 1_000_000);
            Integer maximum = capacity.integer("maximum", 0, 1_000_000);
            var updated = capacity.dateTime("updated");
            Fields unit = capacity.object("unit");
            UUID unitId = unit != null ? unit.id("id") : capacity.id("unit_id");
            if (available == null) {
                capacity.problem("available", "is required");
            }
            // HSDS does not say available cannot exceed maximum, and its own example does; keep what is given.
            if (id == null || available == null || unitId == null || updated == null) {
                if (updated == null && !capacity.has("updated")) {
                    capacity.problem("updated", "is required");
                }
                continue;
            }
            JdbcClient jdbc = rows.jdbc();
            if (unit != null) {
                jdbc.sql("insert into directory.unit (id, name, scheme, identifier, uri) values (:id, :name, :scheme,"
                                + " :identifier, :uri) on conflict (id) do nothing")
                        .param("id", unitId)
                        .param("name", unit.has("name") ? unit.text("name") : "unit")
                        .param("scheme", unit.text("scheme"))
                        .param("identifier", unit.text("identifier"))
                        .param("uri", unit.text("uri"))
                        .update();
            }
            jdbc.sql("insert into directory.service_capacity (id, service_id, unit_id, available, maximum, description,"
                            + " updated) values (:id, :service, :unit, :available, :maximum, :description, :updated)")
                    .param("id", id)
                    .param("service", service)
                    .param("unit", unitId)
                    .param("available", available)
                    .param("maximum", maximum)
                    .param("description", capacity.text("description"))
                    .param("updated", Timestamp.from(updated.toInstant()))
                    .update();
        }
    }

    static void attributes(ListingRows rows, List<Fields> attributes, UUID service) {
        for (Fields attribute : attributes) {
            Fields term = attribute.object("taxonomy_term");
            UUID termId = term != null ? term.id("id") : attribute.optionalId("taxonomy_term_id");
            if (termId == null) {
                continue; // an attribute without a term is a free label; nothing to link
            }
            if (term != null) {
                Terms.upsert(rows.jdbc(), term, termId);
            } else if (!Terms.exists(rows.jdbc(), termId)) {
                attribute.problem(
                        "taxonomy_term_id", termId + " is not a taxonomy term in this import or the directory");
                continue;
            }
            rows.jdbc()
                    .sql("insert into directory.service_taxonomy (service_id, taxonomy_term_id) values (:s, :t)"
                            + " on conflict do nothing")
                    .param("s", service)
                    .param("t", termId)
                    .update();
        }
    }

    static void serviceAtLocation(ListingRows rows, Fields at, UUID organization, UUID service) {
        UUID id = at.id("id");
        Fields location = at.object("location");
        UUID locationId = location != null ? Places.upsert(rows, location, organization) : at.optionalId("location_id");
        if (id == null || locationId == null) {
            if (location == null && !at.has("location_id")) {
                at.problem("location", "is required (a nested location or a location_id)");
            }
            return;
        }
        rows.jdbc()
                .sql("insert into directory.service_at_location (id, service_id, location_id, description)"
                        + " values (:id, :service, :location, :description) on conflict (id) do update set"
                        + " service_id = excluded.service_id, location_id = excluded.location_id,"
                        + " description = excluded.description")
                .param("id", id)
                .param("service", service)
                .param("location", locationId)
                .param("description", at.text("description"))
                .update();
    }
}
