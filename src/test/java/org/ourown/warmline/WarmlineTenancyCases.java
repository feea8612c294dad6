package org.ourown.warmline;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.ourown.tenancy.TenancyCases;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.springframework.stereotype.Component;

/**
 * Lines, chats and contact records of another organization stay out of reach. A visitor's chat answers 404 to
 * anyone without its secret, signed in or not; a line's public page is public by design.
 */
@Component
class WarmlineTenancyCases implements TenancyCases {

    private final WarmlineFixtures fixtures;

    WarmlineTenancyCases(WarmlineFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Override
    public List<Case> cases() {
        return List.of(
                Case.publicRecord(
                        "GET",
                        "/warmline/{slug}",
                        t -> get(
                                "/warmline/{slug}",
                                fixtures.line(t.other(), true).slug())),
                // Anyone may start a chat on any line; on a closed one nothing is created, only a kind refusal.
                new Case(
                        "POST",
                        "/warmline/{slug}/chats",
                        t -> post(
                                "/warmline/{slug}/chats",
                                fixtures.line(t.other(), false).slug()),
                        302),
                Case.notFound("GET", "/warmline/chat/{id}", t -> get("/warmline/chat/{id}", visitorChat(t))),
                Case.notFound(
                        "GET", "/warmline/chat/{id}/events", t -> get("/warmline/chat/{id}/events", visitorChat(t))),
                Case.notFound(
                        "POST",
                        "/warmline/chat/{id}/messages",
                        t -> post("/warmline/chat/{id}/messages", visitorChat(t))
                                .param("body", "Let me in")),
                Case.notFound(
                        "POST", "/warmline/chat/{id}/leave", t -> post("/warmline/chat/{id}/leave", visitorChat(t))),
                Case.notFound(
                        "GET", "/warmline/console/chats/{id}", t -> get("/warmline/console/chats/{id}", peerChat(t))),
                Case.notFound(
                        "GET",
                        "/warmline/console/chats/{id}/events",
                        t -> get("/warmline/console/chats/{id}/events", peerChat(t))),
                Case.notFound(
                        "POST",
                        "/warmline/console/chats/{id}/messages",
                        t -> post("/warmline/console/chats/{id}/messages", peerChat(t))
                                .param("body", "Not my chat")),
                Case.notFound(
                        "POST",
                        "/warmline/console/chats/{id}/end",
                        t -> post("/warmline/console/chats/{id}/end", peerChat(t))),
                Case.notFound(
                        "GET",
                        "/warmline/console/records/{id}",
                        t -> get("/warmline/console/records/{id}", fixtures.endedBy(t.otherPeer()))),
                Case.notFound(
                        "POST",
                        "/warmline/console/records/{id}",
                        t -> post("/warmline/console/records/{id}", fixtures.endedBy(t.otherPeer()))
                                .param("reasons", "HOUSING")
                                .param("action", "finish")),
                Case.notFound("GET", "/warmline/lines/{id}", t -> get("/warmline/lines/{id}", otherLine(t.other()))),
                Case.notFound(
                        "POST",
                        "/warmline/lines/{id}",
                        t -> post("/warmline/lines/{id}", otherLine(t.other()))
                                .param("name", "Taken over")
                                .param("slug", "taken-over")
                                .param("dailyLimit", "3")
                                .param("chatGuideMinutes", "30")
                                .param("retention", "ON_END")));
    }

    private Object visitorChat(org.ourown.tenancy.Tenancy t) {
        return fixtures.visitor(fixtures.line(t.other(), true)).id();
    }

    private Object peerChat(org.ourown.tenancy.Tenancy t) {
        return fixtures.takenBy(t.otherPeer()).id();
    }

    private Object otherLine(org.ourown.accounts.OrganizationId organization) {
        Line line = fixtures.line(organization, true);
        return line.id();
    }
}
