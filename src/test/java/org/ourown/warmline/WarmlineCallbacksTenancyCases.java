package org.ourown.warmline;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.ourown.tenancy.Tenancy;
import org.ourown.tenancy.TenancyCases;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Callbacks, recognition and transfers of another organization stay out of reach: a visitor's chat answers 404
 * without its secret (cookie or header), and another organization's callback or chat is 404 to a peer.
 */
@Component
class WarmlineCallbacksTenancyCases implements TenancyCases {

    private final WarmlineFixtures fixtures;
    private final WarmlineCallbackFixtures callbacks;

    WarmlineCallbacksTenancyCases(WarmlineFixtures fixtures, WarmlineCallbackFixtures callbacks) {
        this.fixtures = fixtures;
        this.callbacks = callbacks;
    }

    @Override
    public List<Case> cases() {
        return List.of(
                Case.notFound(
                        "GET", "/warmline/chat/{id}/callback", t -> get("/warmline/chat/{id}/callback", takenChat(t))),
                Case.notFound(
                        "POST",
                        "/warmline/chat/{id}/callback",
                        t -> post("/warmline/chat/{id}/callback", takenChat(t))
                                .param("phone", "555 0100 99")
                                .param(
                                        "date",
                                        java.time.LocalDate.now().plusDays(1).toString())
                                .param("from", "10:00")
                                .param("to", "12:00")
                                .param("consent", "true")),
                Case.notFound(
                        "POST", "/warmline/chat/{id}/forget", t -> post("/warmline/chat/{id}/forget", takenChat(t))),
                Case.notFound(
                        "POST",
                        "/api/warmline/chats/{id}/callback",
                        t -> post("/api/warmline/chats/{id}/callback", takenChat(t))
                                .header("X-Chat-Secret", "guessed")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"phone\":\"555 0100 99\",\"date\":\""
                                        + java.time.LocalDate.now().plusDays(1)
                                        + "\",\"from\":\"10:00\",\"to\":\"12:00\",\"consent\":true}")),
                Case.notFound(
                        "POST",
                        "/warmline/console/callbacks/{id}/outcome",
                        t -> post("/warmline/console/callbacks/{id}/outcome", callback(t))
                                .param("outcome", "REACHED")),
                Case.notFound(
                        "POST",
                        "/api/warmline/callbacks/{id}/outcome",
                        t -> post("/api/warmline/callbacks/{id}/outcome", callback(t))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"outcome\":\"REACHED\"}")),
                Case.notFound(
                        "POST",
                        "/warmline/console/records/{id}/callback",
                        t -> post("/warmline/console/records/{id}/callback", fixtures.endedBy(t.otherPeer()))
                                .param("phone", "555 0100 99")
                                .param(
                                        "date",
                                        java.time.LocalDate.now().plusDays(1).toString())
                                .param("from", "10:00")
                                .param("to", "12:00")
                                .param("consent", "true")),
                Case.notFound(
                        "POST",
                        "/warmline/console/chats/{id}/transfer",
                        t -> post("/warmline/console/chats/{id}/transfer", takenChat(t))
                                .param("to", "queue")
                                .param("note", "Taking it over")));
    }

    private Object takenChat(Tenancy t) {
        return fixtures.takenBy(t.otherPeer()).id();
    }

    private Object callback(Tenancy t) {
        return callbacks.askedOf(t.otherPeer(), "555 0100 77").id();
    }
}
