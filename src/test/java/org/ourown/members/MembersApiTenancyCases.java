package org.ourown.members;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import org.ourown.TestTenants;
import org.ourown.directory.DirectoryFixtures;
import org.ourown.members.MemberFixtures.Member;
import org.ourown.tenancy.TenancyCases;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The notes, referral and erasure API with another organization's ids (or, for a member, another member's note):
 * 404, and nothing changes.
 */
@Component
class MembersApiTenancyCases implements TenancyCases {

    private static final String NOTE = "Their organization's note.";

    private final MemberFixtures members;
    private final NotesFixtures notes;
    private final DirectoryFixtures directory;
    private final Erasures erasures;

    MembersApiTenancyCases(
            MemberFixtures members, NotesFixtures notes, DirectoryFixtures directory, Erasures erasures) {
        this.members = members;
        this.notes = notes;
        this.directory = directory;
        this.erasures = erasures;
    }

    @Override
    public List<Case> cases() {
        return List.of(
                Case.notFound("GET", "/api/members/{id}/sessions", t -> {
                    Member member = members.member(t.other());
                    notes.session(member, t.otherPeer(), NOTE);
                    return get("/api/members/{id}/sessions", member.id()).param("purpose", "ONE_TO_ONE_SUPPORT");
                }),
                Case.notFound(
                        "POST",
                        "/api/members/{id}/sessions",
                        t -> json(
                                post(
                                        "/api/members/{id}/sessions",
                                        members.member(t.other()).id()),
                                session())),
                Case.notFound("GET", "/api/members/{id}/sessions/{session}", t -> {
                    Member member = members.member(t.other());
                    SupportSessionView s = notes.session(member, t.otherPeer(), NOTE);
                    return get("/api/members/{id}/sessions/{session}", member.id(), s.id())
                            .param("purpose", "ONE_TO_ONE_SUPPORT");
                }),
                Case.notFound("PUT", "/api/members/{id}/sessions/{session}", t -> {
                    Member member = members.member(t.other());
                    SupportSessionView s = notes.session(member, t.otherPeer(), NOTE);
                    return json(put("/api/members/{id}/sessions/{session}", member.id(), s.id()), session());
                }),
                Case.notFound("POST", "/api/members/{id}/sessions/{session}/corrections", t -> {
                    Member member = members.member(t.other());
                    SupportSessionView s = notes.session(member, t.otherPeer(), NOTE);
                    return json(
                            post("/api/members/{id}/sessions/{session}/corrections", member.id(), s.id()),
                            "{\"text\": \"A correction from outside.\"}");
                }),
                Case.notFound("POST", "/api/members/{id}/referrals", t -> {
                    Member member = members.member(t.other());
                    DirectoryFixtures.Listing listing = directory.listing(t.other(), "Api Tenancy Respite");
                    notes.shareWithOtherOrganization(member, listing.organization());
                    return json(
                            post("/api/members/{id}/referrals", member.id()),
                            "{\"service\": \"" + listing.service() + "\", \"note\": \"From outside.\"}");
                }),
                Case.notFound("POST", "/api/members/erasures/{id}/confirm", t -> {
                    Member member = members.member(t.other());
                    TestTenants.as(member.account(), erasures::request);
                    return post("/api/members/erasures/{id}/confirm", member.id());
                }),
                // A member answers only notes about themselves: another member's note id is not found.
                Case.notFoundForMember("PUT", "/api/me/notes/{session}/response", t -> {
                    Member someoneElse = members.member(t.home());
                    SupportSessionView s = notes.session(someoneElse, t.homeUser(), "About someone else.");
                    return json(put("/api/me/notes/{session}/response", s.id()), "{\"text\": \"Not about me.\"}");
                }));
    }

    private static String session() {
        return "{\"heldOn\": \"" + java.time.LocalDate.now().minusDays(1)
                + "\", \"minutes\": 30, \"kind\": \"PHONE\", \"note\": \"Written from outside.\"}";
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
