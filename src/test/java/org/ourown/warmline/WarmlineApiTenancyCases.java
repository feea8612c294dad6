package org.ourown.warmline;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import org.ourown.tenancy.Tenancy;
import org.ourown.tenancy.TenancyCases;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The warm line API with another organization's ids: a visitor's chat without its secret, a peer's chat or record,
 * a line's settings. 404, and nothing changes. A line's public description is public by design.
 */
@Component
class WarmlineApiTenancyCases implements TenancyCases {

    private static final String VISITOR_CHAT = "/api/warmline/chats/{id}";
    private static final String PEER_CHAT = "/api/warmline/console/chats/{id}";
    private static final String RECORD = "/api/warmline/console/records/{id}";
    private static final String SETTINGS = "/api/warmline/settings/lines/{id}";

    private final WarmlineFixtures fixtures;

    WarmlineApiTenancyCases(WarmlineFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Override
    public List<Case> cases() {
        return List.of(
                Case.publicRecord(
                        "GET",
                        "/api/warmline/lines/{slug}",
                        t -> get(
                                "/api/warmline/lines/{slug}",
                                fixtures.line(t.other(), true).slug())),
                // Anyone may start a chat on any line; on a closed one the refusal keeps nothing.
                new Case(
                        "POST",
                        "/api/warmline/lines/{slug}/chats",
                        t -> post(
                                "/api/warmline/lines/{slug}/chats",
                                fixtures.line(t.other(), false).slug()),
                        409),
                Case.notFound("GET", VISITOR_CHAT, t -> get(VISITOR_CHAT, visitorChat(t))),
                Case.notFound("GET", VISITOR_CHAT + "/messages", t -> get(VISITOR_CHAT + "/messages", visitorChat(t))),
                Case.notFound(
                        "POST",
                        VISITOR_CHAT + "/messages",
                        t -> json(post(VISITOR_CHAT + "/messages", visitorChat(t)), "{\"body\": \"Let me in\"}")),
                Case.notFound("POST", VISITOR_CHAT + "/leave", t -> post(VISITOR_CHAT + "/leave", visitorChat(t))),
                Case.notFound("GET", VISITOR_CHAT + "/events", t -> get(VISITOR_CHAT + "/events", visitorChat(t))),
                Case.notFound("GET", VISITOR_CHAT + "/remember", t -> get(VISITOR_CHAT + "/remember", visitorChat(t))),
                Case.notFound(
                        "PUT",
                        VISITOR_CHAT + "/remember",
                        t -> json(put(VISITOR_CHAT + "/remember", visitorChat(t)), "{\"alias\": \"Robin\"}")),
                Case.notFound(
                        "DELETE", VISITOR_CHAT + "/remember", t -> delete(VISITOR_CHAT + "/remember", visitorChat(t))),
                Case.notFound("GET", PEER_CHAT + "/handover", t -> get(PEER_CHAT + "/handover", peerChat(t))),
                Case.notFound(
                        "POST",
                        PEER_CHAT + "/transfer",
                        t -> json(post(PEER_CHAT + "/transfer", peerChat(t)), "{\"note\": \"Back you go\"}")),
                Case.notFound("GET", PEER_CHAT, t -> get(PEER_CHAT, peerChat(t))),
                Case.notFound("GET", PEER_CHAT + "/messages", t -> get(PEER_CHAT + "/messages", peerChat(t))),
                Case.notFound(
                        "POST",
                        PEER_CHAT + "/messages",
                        t -> json(post(PEER_CHAT + "/messages", peerChat(t)), "{\"body\": \"Not my chat\"}")),
                Case.notFound("GET", PEER_CHAT + "/events", t -> get(PEER_CHAT + "/events", peerChat(t))),
                Case.notFound("POST", PEER_CHAT + "/end", t -> post(PEER_CHAT + "/end", peerChat(t))),
                Case.notFound("GET", RECORD, t -> get(RECORD, fixtures.endedBy(t.otherPeer()))),
                Case.notFound(
                        "PUT",
                        RECORD,
                        t -> json(put(RECORD, fixtures.endedBy(t.otherPeer())), "{\"reasons\": [\"HOUSING\"]}")
                                .param("finalise", "true")),
                Case.notFound(
                        "GET",
                        SETTINGS,
                        t -> get(SETTINGS, fixtures.line(t.other(), true).id())),
                Case.notFound(
                        "PUT",
                        SETTINGS,
                        t -> json(
                                put(SETTINGS, fixtures.line(t.other(), true).id()),
                                "{\"name\": \"Taken over\", \"slug\": \"taken-over\", \"hours\": [], \"closures\": [],"
                                        + " \"dailyLimit\": 3, \"chatGuideMinutes\": 30, \"retention\": \"ON_END\","
                                        + " \"crisisResources\": []}")));
    }

    private Object visitorChat(Tenancy t) {
        return fixtures.visitor(fixtures.line(t.other(), true)).id();
    }

    private Object peerChat(Tenancy t) {
        return fixtures.takenBy(t.otherPeer()).id();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
