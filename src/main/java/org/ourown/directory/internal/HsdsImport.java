package org.ourown.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ourown.directory.ImportProblem;
import org.ourown.directory.ImportRejected;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports HSDS 3.1 JSON documents: services (with their nested organization, locations, phones, schedules, languages,
 * capacities and taxonomy attributes) or organizations (with nested services). All or nothing: any problem rejects the
 * whole import with a report naming file, record and field.
 */
@Component
class HsdsImport {

    private final ListingRows rows;
    private final Openings openings;

    HsdsImport(ListingRows rows, Openings openings) {
        this.rows = rows;
        this.openings = openings;
    }

    /** One file's documents; {@code tenant} becomes the maintainer of organizations it creates (null: network). */
    @Transactional
    public Set<UUID> importDocuments(String file, List<Map<String, Object>> documents, UUID tenant) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<UUID> services = new LinkedHashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            Fields document = new Fields(file, i + 1, "", documents.get(i), problems);
            int before = problems.size();
            try {
                if (document.has("services")
                        || (!document.has("status") && document.has("description") && !document.has("organization"))) {
                    UUID organization = organization(document, tenant);
                    for (Fields service : document.list("services")) {
                        services.add(service(service, organization, tenant, problems.size()));
                    }
                } else {
                    services.add(service(document, null, tenant, before));
                }
            } catch (DataAccessException e) {
                document.problem("(record)", "could not be saved: " + rootMessage(e));
                break;
            } catch (InvalidRecord e) {
                // the problems are already listed; go on to report the other records too
            }
        }
        services.remove(null);
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        rows.refreshSearchDocuments(services);
        openings.refresh(services);
        return services;
    }

    private UUID organization(Fields org, UUID tenant) {
        UUID id = org.id("id");
        String name = org.required("name");
        check(org, id != null && name != null);
        rows.upsertOrganization(
                id,
                tenant,
                name,
                org.text("alternate_name"),
                org.text("description"),
                org.text("email"),
                org.text("website"));
        return id;
    }

    private UUID service(Fields service, UUID organizationId, UUID tenant, int problemsBefore) {
        UUID organization = organizationId;
        Fields nested = service.object("organization");
        if (nested != null) {
            organization = organization(nested, tenant);
        } else if (organization == null) {
            organization = service.id("organization_id");
            if (organization != null && !rows.organizationExists(organization)) {
                service.problem(
                        "organization_id", organization + " is not an organization in this import or the directory");
            }
        }
        UUID id = service.id("id");
        String name = service.required("name");
        String status =
                service.oneOf("status", List.of("active", "inactive", "defunct", "temporarily closed"), "active");
        Integer minAge = service.integer("minimum_age", 0, 130);
        Integer maxAge = service.integer("maximum_age", 0, 130);
        String timezone = Zones.check(service, service.text("x_ourown_timezone"));
        List<ScheduleRow> schedules = ScheduleRow.read(service.list("schedules"));
        check(
                service,
                id != null && name != null && organization != null && service.problemsSince(problemsBefore) == 0);
        rows.upsertService(new ListingRows.ServiceRow(
                id,
                organization,
                name,
                service.text("alternate_name"),
                service.text("description"),
                service.text("url"),
                service.text("email"),
                status,
                service.text("interpretation_services"),
                service.text("application_process"),
                service.text("fees_description"),
                service.text("eligibility_description"),
                minAge,
                maxAge,
                timezone));
        rows.clearServiceChildren(id, service.keys());
        rows.insertSchedules(id, schedules);
        ChildRows.phones(rows, service.list("phones"), organization, id, null);
        ChildRows.languages(rows, service.list("languages"), id, null);
        ChildRows.areas(rows, service.list("service_areas"), id);
        ChildRows.capacities(rows, service.list("capacities"), id);
        ChildRows.attributes(rows, service.list("attributes"), id);
        for (Fields at : service.list("service_at_locations")) {
            ChildRows.serviceAtLocation(rows, at, organization, id);
        }
        check(service, service.problemsSince(problemsBefore) == 0);
        return id;
    }

    private static void check(Fields fields, boolean ok) {
        if (!ok) {
            throw new InvalidRecord();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Stops reading a record whose problems are already listed. */
    static class InvalidRecord extends RuntimeException {
        InvalidRecord() {
            super(null, null, false, false);
        }
    }
}
