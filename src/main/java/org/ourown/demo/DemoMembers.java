package org.ourown.demo;

import java.time.LocalDate;
import java.util.Set;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.NewMemberAccount;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.Supporter;
import org.ourown.accounts.SystemTask;
import org.ourown.members.ConsentRequest;
import org.ourown.members.Consents;
import org.ourown.members.ContactMethod;
import org.ourown.members.GranteeKind;
import org.ourown.members.Joined;
import org.ourown.members.MemberProfile;
import org.ourown.members.Members;
import org.ourown.members.Purpose;
import org.ourown.members.RecordPart;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The demo member joins the way anyone does, then, as themselves, shares parts of their record with their peer
 * supporter, so that the staff view, the consents page and the access log have something true to show.
 */
@Component
@Conditional(DemoCondition.class)
class DemoMembers {

    private final Members members;
    private final Consents consents;
    private final DemoMemberRecord record;

    DemoMembers(Members members, Consents consents, DemoMemberRecord record) {
        this.members = members;
        this.consents = consents;
        this.record = record;
    }

    void load(DemoAccount account, OrganizationId organization) {
        Joined joined = members.join(
                account.organizationSlug(),
                new NewMemberAccount(account.email(), account.displayName(), account.password()),
                new MemberProfile(account.displayName(), "they/them", "English", ContactMethod.TEXT, "555 0142", true));
        CurrentUser member =
                new CurrentUser(joined.account(), account.displayName(), organization, Set.of(Role.MEMBER));
        Supporter peer = SystemTask.runAs(
                member,
                () -> consents.supporters().stream()
                        .filter(s -> s.roles().contains(Role.PEER))
                        .findFirst()
                        .orElseThrow());
        SystemTask.runAs(member, () -> {
            LocalDate today = consents.today();
            return consents.grant(new ConsentRequest(
                    GranteeKind.PERSON,
                    peer.id().value(),
                    null,
                    Set.of(RecordPart.NOTES, RecordPart.ROADMAP, RecordPart.PLAN_TOOLBOX),
                    Purpose.ONE_TO_ONE_SUPPORT,
                    today,
                    today.plusMonths(6)));
        });
        record.writtenByTheMember(member);
        record.writtenAndReadByTheirPeer(
                new CurrentUser(peer.id(), peer.displayName(), organization, peer.roles()), joined.membership());
    }
}
