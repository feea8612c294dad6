package org.ourown.warmline;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.ourown.TestTenants;
import org.ourown.tenancy.Tenancy;
import org.ourown.tenancy.TenancyCases;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The survey of another organization's chat, asked for without its secret: 404 and nothing written. The figures take
 * a line as a query parameter, not in the path; {@code WarmlineFiguresTests} checks that another organization's line
 * is 404 there.
 */
@Component
class WarmlineFiguresTenancyCases implements TenancyCases {

    private final WarmlineFixtures fixtures;
    private final PeerConsole console;

    WarmlineFiguresTenancyCases(WarmlineFixtures fixtures, PeerConsole console) {
        this.fixtures = fixtures;
        this.console = console;
    }

    @Override
    public List<Case> cases() {
        return List.of(
                Case.notFound("GET", "/warmline/chat/{id}/survey", t -> get("/warmline/chat/{id}/survey", chat(t))),
                Case.notFound(
                        "POST",
                        "/warmline/chat/{id}/survey",
                        t -> post("/warmline/chat/{id}/survey", chat(t)).param("feelingBefore", "3")),
                Case.notFound(
                        "GET", "/api/warmline/chats/{id}/survey", t -> get("/api/warmline/chats/{id}/survey", chat(t))),
                Case.notFound(
                        "POST",
                        "/api/warmline/chats/{id}/survey",
                        t -> post("/api/warmline/chats/{id}/survey", chat(t))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"feelingBefore\": 3}")));
    }

    /** Another organization's chat that a peer answered and ended: its survey is open, but not to this asker. */
    private Object chat(Tenancy t) {
        WarmlineFixtures.VisitorChat chat = fixtures.takenBy(t.otherPeer());
        TestTenants.as(t.otherPeer(), () -> console.end(chat.id()));
        return chat.id();
    }
}
