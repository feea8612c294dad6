package org.ourown.members;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.ourown.tenancy.TenancyCases;
import org.springframework.stereotype.Component;

@Component
class MembersTenancyCases implements TenancyCases {

    private final MemberFixtures members;

    MembersTenancyCases(MemberFixtures members) {
        this.members = members;
    }

    @Override
    public List<Case> cases() {
        return List.of(
                Case.notFound(
                        "GET",
                        "/members/{id}",
                        t -> get("/members/{id}", members.member(t.other()).id())
                                .param("purpose", "ONE_TO_ONE_SUPPORT")),
                Case.notFoundForMember(
                        "POST",
                        "/me/consents/{id}/revoke",
                        t -> post(
                                "/me/consents/{id}/revoke",
                                members.shareWithOrganization(members.member(t.home()), RecordPart.NOTES)
                                        .id())),
                Case.notFound(
                        "GET",
                        "/api/members/{id}",
                        t -> get("/api/members/{id}", members.member(t.other()).id())
                                .param("purpose", "ONE_TO_ONE_SUPPORT")),
                Case.notFoundForMember(
                        "POST",
                        "/api/me/consents/{id}/revoke",
                        t -> post(
                                "/api/me/consents/{id}/revoke",
                                members.shareWithOrganization(members.member(t.home()), RecordPart.ROADMAP)
                                        .id())),
                // Joining is open to anyone, for any organization; a join with errors changes nothing.
                Case.publicRecord("GET", "/join/{slug}", t -> get("/join/{slug}", members.slug(t.other()))),
                Case.publicRecord(
                        "POST",
                        "/join/{slug}",
                        t -> post("/join/{slug}", members.slug(t.other())).param("alias", "")));
    }
}
