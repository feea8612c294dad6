package org.ourown.members;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.ourown.directory.DirectoryFixtures;
import org.ourown.members.MemberFixtures.Member;
import org.ourown.tenancy.TenancyCases;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Support sessions, notes, responses and referrals of another organization (or another member) stay out of reach. */
@Component
class NotesTenancyCases implements TenancyCases {

    private final MemberFixtures members;
    private final NotesFixtures notes;
    private final DirectoryFixtures directory;

    NotesTenancyCases(MemberFixtures members, NotesFixtures notes, DirectoryFixtures directory) {
        this.members = members;
        this.notes = notes;
        this.directory = directory;
    }

    @Override
    public List<Case> cases() {
        return List.of(
                Case.notFound(
                        "GET",
                        "/members/{id}/sessions/new",
                        t -> get(
                                "/members/{id}/sessions/new",
                                members.member(t.other()).id())),
                Case.notFound(
                        "POST",
                        "/members/{id}/sessions",
                        t -> session(post(
                                "/members/{id}/sessions",
                                members.member(t.other()).id()))),
                Case.notFound("GET", "/members/{id}/sessions/{session}", t -> {
                    Member member = members.member(t.other());
                    SupportSessionView s = notes.session(member, t.otherPeer(), "Their organization's note.");
                    return get("/members/{id}/sessions/{session}", member.id(), s.id())
                            .param("purpose", "ONE_TO_ONE_SUPPORT");
                }),
                Case.notFound("POST", "/members/{id}/sessions/{session}", t -> {
                    Member member = members.member(t.other());
                    SupportSessionView s = notes.session(member, t.otherPeer(), "Their organization's note.");
                    return session(post("/members/{id}/sessions/{session}", member.id(), s.id()));
                }),
                Case.notFound("POST", "/members/{id}/sessions/{session}/corrections", t -> {
                    Member member = members.member(t.other());
                    SupportSessionView s = notes.session(member, t.otherPeer(), "Their organization's note.");
                    return post("/members/{id}/sessions/{session}/corrections", member.id(), s.id())
                            .param("text", "A correction from outside.");
                }),
                Case.notFound(
                        "GET",
                        "/members/{id}/referrals/new",
                        t -> get(
                                "/members/{id}/referrals/new",
                                members.member(t.other()).id())),
                Case.notFound("POST", "/members/{id}/referrals", t -> {
                    Member member = members.member(t.other());
                    DirectoryFixtures.Listing listing = directory.listing(t.other(), "Tenancy Respite");
                    notes.shareWithOtherOrganization(member, listing.organization());
                    return post("/members/{id}/referrals", member.id())
                            .param("service", listing.service().toString())
                            .param("note", "From outside.");
                }),
                // A member answers only notes about themselves: another member's note is not found.
                Case.notFoundForMember("POST", "/me/notes/{session}/response", t -> {
                    Member someoneElse = members.member(t.home());
                    SupportSessionView s = notes.session(someoneElse, t.homeUser(), "About someone else.");
                    return post("/me/notes/{session}/response", s.id()).param("text", "Not about me.");
                }));
    }

    private static MockHttpServletRequestBuilder session(MockHttpServletRequestBuilder request) {
        return request.param("purpose", "ONE_TO_ONE_SUPPORT")
                .param("heldOn", java.time.LocalDate.now().minusDays(1).toString())
                .param("minutes", "30")
                .param("kind", "PHONE")
                .param("note", "Written from outside.");
    }
}
