package org.ourown.members;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.ourown.TestTenants;
import org.ourown.members.MemberFixtures.Member;
import org.ourown.tenancy.TenancyCases;
import org.springframework.stereotype.Component;

/** Access log, export and erasure: the only handler with an id is a coordinator confirming an erasure. */
@Component
class MyDataTenancyCases implements TenancyCases {

    private final MemberFixtures members;
    private final Erasures erasures;

    MyDataTenancyCases(MemberFixtures members, Erasures erasures) {
        this.members = members;
        this.erasures = erasures;
    }

    @Override
    public List<Case> cases() {
        return List.of(Case.notFound(
                "POST",
                "/members/erasures/{id}/confirm",
                t -> post("/members/erasures/{id}/confirm", askedToBeErased(members.member(t.other())))));
    }

    /** A member of that organization who has asked to be erased: the request is there, waiting. */
    private MembershipId askedToBeErased(Member member) {
        TestTenants.as(member.account(), erasures::request);
        return member.id();
    }
}
