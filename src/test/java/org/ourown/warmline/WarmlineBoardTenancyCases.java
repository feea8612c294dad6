package org.ourown.warmline;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.ourown.TestTenants;
import org.ourown.tenancy.Tenancy;
import org.ourown.tenancy.TenancyCases;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Another organization's chats, transcripts and blocks are out of a coordinator's reach, on the pages and the API. */
@Component
class WarmlineBoardTenancyCases implements TenancyCases {

    private final WarmlineFixtures fixtures;
    private final VisitorBlocks blocks;
    private final PeerConsole console;

    WarmlineBoardTenancyCases(WarmlineFixtures fixtures, VisitorBlocks blocks, PeerConsole console) {
        this.fixtures = fixtures;
        this.blocks = blocks;
        this.console = console;
    }

    @Override
    public List<Case> cases() {
        return List.of(
                Case.notFound(
                        "GET",
                        "/warmline/console/transcripts/{id}",
                        t -> get("/warmline/console/transcripts/{id}", endedChat(t))
                                .param("purpose", "SUPPORTING_THE_PEER")),
                Case.notFound(
                        "POST",
                        "/warmline/console/transcripts/{id}/block",
                        t -> post("/warmline/console/transcripts/{id}/block", endedChat(t))
                                .param("duration", "PERMANENT")
                                .param("reason", "Not ours to block")),
                Case.notFound(
                        "POST",
                        "/warmline/console/blocks/{id}/lift",
                        t -> post("/warmline/console/blocks/{id}/lift", otherBlock(t))),
                Case.notFound(
                        "GET",
                        "/api/warmline/transcripts/{chatId}",
                        t -> get("/api/warmline/transcripts/{chatId}", endedChat(t))
                                .param("purpose", "SUPPORTING_THE_PEER")),
                Case.notFound(
                        "POST",
                        "/api/warmline/chats/{chatId}/block",
                        t -> post("/api/warmline/chats/{chatId}/block", endedChat(t))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"duration\":\"PERMANENT\",\"reason\":\"Not ours to block\"}")),
                Case.notFound(
                        "POST",
                        "/api/warmline/blocks/{id}/lift",
                        t -> post("/api/warmline/blocks/{id}/lift", otherBlock(t))));
    }

    /** A chat of the other organization that its peer took and ended, so that every action on it could apply. */
    private ChatId endedChat(Tenancy t) {
        WarmlineFixtures.VisitorChat chat = fixtures.takenBy(t.otherPeer());
        TestTenants.as(t.otherPeer(), () -> console.end(chat.id()));
        return chat.id();
    }

    private BlockId otherBlock(Tenancy t) {
        ChatId chat = endedChat(t);
        return TestTenants.as(
                        t.otherAdmin(), () -> blocks.block(chat, new BlockRequest("PERMANENT", "Their own block")))
                .id();
    }
}
