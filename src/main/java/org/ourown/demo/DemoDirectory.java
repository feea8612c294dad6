package org.ourown.demo;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ourown.accounts.OrganizationId;
import org.ourown.demo.DemoPrograms.Org;
import org.ourown.demo.DemoPrograms.Program;
import org.ourown.directory.DirectoryEditing;
import org.ourown.directory.PeerRunFacts;
import org.ourown.directory.ServiceKind;
import org.springframework.stereotype.Component;

/** Writes the demo programs as HSDS 3.1 documents and imports them the way a network admin would. */
@Component
class DemoDirectory {

    private final DirectoryEditing directory;

    DemoDirectory(DirectoryEditing directory) {
        this.directory = directory;
    }

    /** Runs as the system (network admin); {@code tenants} maps demo slugs to their organizations. */
    void load(Map<String, OrganizationId> tenants) {
        for (Org org : DemoPrograms.ORGS) {
            List<Map<String, Object>> services = new ArrayList<>();
            int n = 0;
            for (Program program : DemoPrograms.PROGRAMS) {
                if (program.org().equals(org.key())) {
                    services.add(service(org, program, n++));
                }
            }
            Map<String, Object> document = organization(org);
            document.put("services", services);
            OrganizationId tenant = org.tenant() == null ? null : tenants.get(org.tenant());
            var imported = directory.importDocuments(
                    "demo/" + org.key() + ".json", List.of(document), tenant == null ? null : tenant.value());
            directory.declarePeerFacts(
                    id("org", org.key()),
                    new PeerRunFacts(
                            org.boardPeers(),
                            org.peerDirector(),
                            org.staffPeers(),
                            org.staffPeers(),
                            org.attached(),
                            runsRespite(org) ? Boolean.TRUE : null));
            int i = 0;
            for (UUID service : imported) {
                if (i++ % 5 != 4) {
                    directory.verify(service); // every fifth listing is left unverified, to show the reminder
                }
            }
        }
        for (Program program : DemoPrograms.PROGRAMS) {
            if (program.kind().equals("drop-in")) {
                LocalDate christmas = LocalDate.of(Year.now(ZoneOffset.UTC).getValue(), 12, 25);
                directory.addClosure(id("service", program.name()), christmas, christmas, "Holiday");
            }
        }
    }

    private static boolean runsRespite(Org org) {
        return DemoPrograms.PROGRAMS.stream()
                .anyMatch(p -> p.org().equals(org.key()) && p.kind().equals("peer-respite"));
    }

    private static Map<String, Object> organization(Org org) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", id("org", org.key()).toString());
        document.put("name", org.name());
        document.put("description", org.description());
        document.put("email", "hello@" + org.key() + ".example.org");
        document.put("website", "https://" + org.key() + ".example.org");
        return document;
    }

    private static Map<String, Object> service(Org org, Program p, int n) {
        String key = p.name();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("id", id("service", key).toString());
        service.put("name", p.name());
        service.put("description", p.description());
        service.put("status", "active");
        service.put("x_ourown_timezone", "America/New_York");
        service.put(
                "application_process",
                p.kind().equals("peer-respite")
                        ? "Call to talk with a peer about a stay; no referral needed."
                        : "Just come, or call first if you like. No referral, no paperwork, no cost.");
        service.put("fees_description", "Free");
        service.put("phones", List.of(phone(key, p, org, n)));
        service.put("schedules", DemoHours.schedules(key, p.hours()));
        service.put("languages", languages(key, p.languages()));
        service.put(
                "attributes",
                List.of(Map.of(
                        "id",
                        id("attribute", key).toString(),
                        "taxonomy_term_id",
                        ServiceKind.ofCode(p.kind()).orElseThrow().termId().toString())));
        List<Map<String, Object>> at = new ArrayList<>();
        if (p.inPerson()) {
            at.add(Map.of("id", id("sal", key).toString(), "location", physical(org, p, n)));
        }
        if (p.online()) {
            at.add(Map.of(
                    "id",
                    id("sal-online", key).toString(),
                    "location",
                    Map.of(
                            "id",
                            id("online", key).toString(),
                            "location_type",
                            "virtual",
                            "name",
                            "Online",
                            "url",
                            "https://meet.example.org/" + org.key() + "-" + n)));
        }
        service.put("service_at_locations", at);
        if (p.beds() != null) {
            service.put(
                    "capacities",
                    List.of(Map.of(
                            "id",
                            id("capacity", key).toString(),
                            "unit",
                            Map.of("id", "690f7f9d-5fe3-5615-96be-176ce4586149", "name", "bed"),
                            "available",
                            Math.max(0, p.beds() - 1 - n % 2),
                            "maximum",
                            p.beds(),
                            "updated",
                            ZonedDateTime.now(ZoneOffset.UTC)
                                    .minusHours(2)
                                    .toOffsetDateTime()
                                    .toString())));
        }
        return service;
    }

    private static Map<String, Object> physical(Org org, Program p, int n) {
        DemoPrograms.Town town = org.town();
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("id", id("place", org.key() + n).toString());
        location.put("location_type", "physical");
        location.put("name", p.name());
        location.put("latitude", town.latitude() + (n % 5) * 0.004);
        location.put("longitude", town.longitude() - (n % 3) * 0.005);
        location.put(
                "addresses",
                List.of(Map.of(
                        "id",
                        id("address", org.key() + n).toString(),
                        "address_1",
                        (100 + n * 12) + " " + town.street(),
                        "city",
                        town.city(),
                        "state_province",
                        "NY",
                        "postal_code",
                        town.zip(),
                        "country",
                        "US",
                        "address_type",
                        "physical")));
        List<Map<String, Object>> access = new ArrayList<>();
        if (p.access() != null) {
            for (String feature : p.access().split(",")) {
                access.add(Map.of(
                        "id",
                        id("access", p.name() + feature).toString(),
                        "description",
                        DemoHours.accessText(feature),
                        "x_ourown_feature",
                        feature));
            }
        }
        location.put("accessibility", access);
        return location;
    }

    private static Map<String, Object> phone(String key, Program p, Org org, int n) {
        int last = Math.abs((org.key() + n).hashCode()) % 100;
        return Map.of(
                "id",
                id("phone", key).toString(),
                "number",
                String.format("(607) 555-01%02d", last),
                "type",
                p.kind().equals("warm-line") ? "voice" : "voice",
                "languages",
                languages(key + "/phone", p.languages()));
    }

    private static List<Map<String, Object>> languages(String key, String codes) {
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String code : codes.split(",")) {
            languages.add(Map.of(
                    "id",
                    id("language", key + code).toString(),
                    "code",
                    code,
                    "name",
                    code.equals("es") ? "Spanish" : "English"));
        }
        return languages;
    }

    static UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes(("ourown-demo/" + kind + "/" + key).getBytes());
    }
}
