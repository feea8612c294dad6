package org.ourown.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.SystemTask;
import org.springframework.stereotype.Component;

/** Makes a small listing maintained by a given organization, through the real import. */
@Component
public class DirectoryFixtures {

    private final DirectoryEditing editing;

    public DirectoryFixtures(DirectoryEditing editing) {
        this.editing = editing;
    }

    public record Listing(UUID organization, UUID service) {}

    /** The id of one of the service's lines of hours. */
    public UUID hoursOf(UUID service) {
        return SystemTask.run(() -> editing.service(service).hours().get(0).id());
    }

    public Listing listing(OrganizationId maintainer, String name) {
        UUID organization = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        Map<String, Object> document = Map.of(
                "id",
                organization.toString(),
                "name",
                name + " Organization",
                "description",
                "A test organization",
                "services",
                List.of(Map.of(
                        "id",
                        service.toString(),
                        "name",
                        name,
                        "description",
                        "A test service",
                        "status",
                        "active",
                        "schedules",
                        List.of(Map.of(
                                "id",
                                UUID.randomUUID().toString(),
                                "freq",
                                "WEEKLY",
                                "byday",
                                "MO,TU,WE,TH,FR",
                                "opens_at",
                                "09:00",
                                "closes_at",
                                "17:00")))));
        SystemTask.run(() -> editing.importDocuments("fixture.json", List.of(document), maintainer.value()));
        return new Listing(organization, service);
    }
}
