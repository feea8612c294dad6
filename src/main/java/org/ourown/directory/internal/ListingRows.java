package org.ourown.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes listings; every statement is keyed by id, so importing the same document twice changes nothing. */
@Repository
class ListingRows {

    private final JdbcClient jdbc;

    ListingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    record ServiceRow(
            UUID id,
            UUID organization,
            String name,
            String alternateName,
            String description,
            String url,
            String email,
            String status,
            String interpretation,
            String applicationProcess,
            String fees,
            String eligibility,
            Integer minimumAge,
            Integer maximumAge,
            String timezone) {}

    void upsertOrganization(
            UUID id, UUID tenant, String name, String alternateName, String description, String email, String website) {
        jdbc.sql("insert into directory.organization (id, tenant_id, name, alternate_name, description, email, website)"
                        + " values (:id, :tenant, :name, :alt, coalesce(:description, ''), :email, :website)"
                        + " on conflict (id) do update set name = excluded.name, alternate_name = excluded.alternate_name,"
                        + " description = excluded.description, email = excluded.email, website = excluded.website,"
                        + " tenant_id = coalesce(directory.organization.tenant_id, excluded.tenant_id),"
                        + " last_modified = now() where (directory.organization.name,"
                        + " directory.organization.alternate_name, directory.organization.description,"
                        + " directory.organization.email, directory.organization.website) is distinct from"
                        + " (excluded.name, excluded.alternate_name, excluded.description, excluded.email,"
                        + " excluded.website)")
                .param("id", id)
                .param("tenant", tenant)
                .param("name", name)
                .param("alt", alternateName)
                .param("description", description)
                .param("email", email)
                .param("website", website)
                .update();
    }

    boolean organizationExists(UUID id) {
        return jdbc.sql("select count(*) > 0 from directory.organization where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    void upsertService(ServiceRow s) {
        jdbc.sql("insert into directory.service (id, organization_id, name, alternate_name, description, url, email,"
                        + " status, interpretation_services, application_process, fees_description,"
                        + " eligibility_description, minimum_age, maximum_age, timezone) values (:id, :org, :name, :alt,"
                        + " coalesce(:description, ''), :url, :email, :status, :interpretation, :application, :fees,"
                        + " :eligibility, :minAge, :maxAge, :zone) on conflict (id) do update set"
                        + " organization_id = excluded.organization_id, name = excluded.name,"
                        + " alternate_name = excluded.alternate_name, description = excluded.description,"
                        + " url = excluded.url, email = excluded.email, status = excluded.status,"
                        + " interpretation_services = excluded.interpretation_services,"
                        + " application_process = excluded.application_process,"
                        + " fees_description = excluded.fees_description,"
                        + " eligibility_description = excluded.eligibility_description,"
                        + " minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age,"
                        + " timezone = excluded.timezone, last_modified = now()"
                        // the same document imported again is not a modification
                        + " where (directory.service.organization_id, directory.service.name,"
                        + " directory.service.alternate_name, directory.service.description, directory.service.url,"
                        + " directory.service.email, directory.service.status,"
                        + " directory.service.interpretation_services, directory.service.application_process,"
                        + " directory.service.fees_description, directory.service.eligibility_description,"
                        + " directory.service.minimum_age, directory.service.maximum_age, directory.service.timezone)"
                        + " is distinct from (excluded.organization_id, excluded.name, excluded.alternate_name,"
                        + " excluded.description, excluded.url, excluded.email, excluded.status,"
                        + " excluded.interpretation_services, excluded.application_process, excluded.fees_description,"
                        + " excluded.eligibility_description, excluded.minimum_age, excluded.maximum_age,"
                        + " excluded.timezone)")
                .param("id", s.id())
                .param("org", s.organization())
                .param("name", s.name())
                .param("alt", s.alternateName())
                .param("description", s.description())
                .param("url", s.url())
                .param("email", s.email())
                .param("status", s.status())
                .param("interpretation", s.interpretation())
                .param("application", s.applicationProcess())
                .param("fees", s.fees())
                .param("eligibility", s.eligibility())
                .param("minAge", s.minimumAge())
                .param("maxAge", s.maximumAge())
                .param("zone", s.timezone())
                .update();
    }

    /** The HSDS field of a service document, and the table its parts are kept in. */
    static final java.util.Map<String, String> CHILD_TABLES = java.util.Map.of(
            "schedules", "schedule",
            "phones", "phone",
            "languages", "language",
            "service_areas", "service_area",
            "capacities", "service_capacity",
            "attributes", "service_taxonomy",
            "service_at_locations", "service_at_location");

    /**
     * Removes the parts of a service that a new document brings again; parts it does not mention (a datapackage has
     * no capacities; HSDS has no closures) are kept.
     */
    void clearServiceChildren(UUID service, java.util.Set<String> fieldsGiven) {
        CHILD_TABLES.forEach((field, table) -> {
            if (fieldsGiven.contains(field)) {
                jdbc.sql("delete from directory." + table + " where service_id = :id")
                        .param("id", service)
                        .update();
            }
        });
    }

    void insertSchedules(UUID service, List<ScheduleRow> schedules) {
        for (ScheduleRow s : schedules) {
            jdbc.sql("insert into directory.schedule (id, service_id, freq, byday, opens_at, closes_at, valid_from,"
                            + " valid_to, description) values (:id, :service, :freq, :byday, :opens, :closes, :from,"
                            + " :to, :description)")
                    .param("id", s.id() == null ? UUID.randomUUID() : s.id())
                    .param("service", service)
                    .param("freq", s.freq())
                    .param("byday", s.byday())
                    .param("opens", s.opensAt())
                    .param("closes", s.closesAt())
                    .param("from", s.validFrom())
                    .param("to", s.validTo())
                    .param("description", s.description())
                    .update();
        }
    }

    /** Name above kind above description, accents folded, English stemming (so "groups" finds "group"). */
    void refreshSearchDocuments(Collection<UUID> services) {
        if (services.isEmpty()) {
            return;
        }
        jdbc.sql("update directory.service s set name_key = directory.unaccented(lower(s.name)), document ="
                        + " setweight(to_tsvector('english', directory.unaccented(s.name || ' '"
                        + " || coalesce(s.alternate_name, ''))), 'A')"
                        + " || setweight(to_tsvector('english', directory.unaccented(coalesce((select"
                        + " string_agg(t.name, ' ') from directory.service_taxonomy st join directory.taxonomy_term t"
                        + " on t.id = st.taxonomy_term_id where st.service_id = s.id), '') || ' ' || o.name)), 'B')"
                        + " || setweight(to_tsvector('english', directory.unaccented(s.description)), 'C')"
                        + " from directory.organization o where o.id = s.organization_id and s.id in (:ids)")
                .param("ids", services)
                .update();
    }
}
