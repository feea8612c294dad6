package org.ourown.directory;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ourown.tenancy.Tenancy;
import org.ourown.tenancy.TenancyCases;
import org.springframework.stereotype.Component;

/**
 * Listings are public to read (every organization's, by design), but only their own organization may change them.
 */
@Component
class DirectoryTenancyCases implements TenancyCases {

    private final DirectoryFixtures fixtures;
    private final Map<Tenancy, DirectoryFixtures.Listing> listings = new ConcurrentHashMap<>();

    DirectoryTenancyCases(DirectoryFixtures fixtures) {
        this.fixtures = fixtures;
    }

    private DirectoryFixtures.Listing other(Tenancy t) {
        return listings.computeIfAbsent(t, x -> fixtures.listing(t.other(), "Other Org Listing"));
    }

    @Override
    public List<Case> cases() {
        return List.of(
                Case.notFound(
                        "GET",
                        "/directory/manage/services/{id}",
                        t -> get("/directory/manage/services/{id}", other(t).service())),
                Case.notFound(
                        "POST",
                        "/directory/manage/services/{id}",
                        t -> post("/directory/manage/services/{id}", other(t).service())
                                .param("name", "Taken over")
                                .param("status", "defunct")),
                Case.notFound(
                        "POST",
                        "/directory/manage/services/{id}/verify",
                        t -> post("/directory/manage/services/{id}/verify", other(t).service())),
                Case.notFound(
                        "POST",
                        "/directory/manage/services/{id}/closures",
                        t -> post("/directory/manage/services/{id}/closures", other(t).service())
                                .param("from", "2030-01-01")
                                .param("to", "2030-12-31")),
                Case.notFound(
                        "POST",
                        "/directory/manage/services/{id}/hours",
                        t -> post("/directory/manage/services/{id}/hours", other(t).service())
                                .param("days", "MONDAY")
                                .param("opens", "09:00")
                                .param("closes", "10:00")),
                Case.notFound(
                        "POST",
                        "/directory/manage/services/{id}/hours/{hours}/delete",
                        t -> post(
                                "/directory/manage/services/{id}/hours/{hours}/delete",
                                other(t).service(),
                                fixtures.hoursOf(other(t).service()))),
                Case.notFound(
                        "POST",
                        "/directory/manage/organizations/{id}/peer-facts",
                        t -> post("/directory/manage/organizations/{id}/peer-facts", other(t).organization())
                                .param("board", "0")
                                .param("director", "false")),
                Case.publicRecord(
                        "GET", "/directory/services/{id}", t -> get("/directory/services/{id}", other(t).service())),
                Case.publicRecord(
                        "GET",
                        "/directory/organizations/{id}",
                        t -> get("/directory/organizations/{id}", other(t).organization())),
                Case.publicRecord(
                        "GET", "/api/hsds/services/{id}", t -> get("/api/hsds/services/{id}", other(t).service())),
                Case.publicRecord(
                        "GET",
                        "/api/hsds/organizations/{id}",
                        t -> get("/api/hsds/organizations/{id}", other(t).organization())));
    }
}
