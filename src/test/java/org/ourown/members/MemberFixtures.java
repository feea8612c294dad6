package org.ourown.members;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.ourown.TestTenants;
import org.ourown.accounts.NewMemberAccount;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Organizations;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.accounts.SystemTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Members for tests, made through the same facades a person uses: they join, and grant consents themselves. */
@Component
public class MemberFixtures {

    private final Members members;
    private final Consents consents;
    private final Organizations organizations;
    private final JdbcClient jdbc;

    public MemberFixtures(Members members, Consents consents, Organizations organizations, JdbcClient jdbc) {
        this.members = members;
        this.consents = consents;
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    /** A member with their own account; {@code account} signs in with {@link TestTenants#signedIn(StaffView)}. */
    public record Member(MembershipId id, StaffView account, OrganizationId organization, String alias) {}

    public Member member(OrganizationId organization) {
        return member(organization, "Alias " + UUID.randomUUID().toString().substring(0, 8));
    }

    public String slug(OrganizationId organization) {
        return SystemTask.run(() -> organizations.cards().stream()
                .filter(card -> card.id().equals(organization))
                .findFirst()
                .orElseThrow()
                .slug());
    }

    public Member member(OrganizationId organization, String alias) {
        String slug = slug(organization);
        String signInName = "m-" + UUID.randomUUID() + "@example.test";
        Joined joined = members.join(
                slug,
                new NewMemberAccount(signInName, alias, TestTenants.PASSWORD),
                new MemberProfile(alias, "they/them", "English", ContactMethod.PHONE, "555 0100", false));
        MembershipId id = joined.membership();
        StaffView view = new StaffView(
                joined.account(), organization, signInName, alias, Set.of(Role.MEMBER), true, false, null);
        return new Member(id, view, organization, alias);
    }

    /** Today where the member's organization is, as consents count days. */
    public LocalDate today(Member member) {
        String zone = SystemTask.run(() -> organizations.cards().stream()
                .filter(card -> card.id().equals(member.organization()))
                .findFirst()
                .orElseThrow()
                .timezone());
        return LocalDate.now(java.time.ZoneId.of(zone));
    }

    /** The member grants a consent naming one person, from today, with no end. */
    public ConsentView shareWith(Member member, StaffView person, RecordPart... parts) {
        return TestTenants.as(
                member.account(),
                () -> consents.grant(new ConsentRequest(
                        GranteeKind.PERSON,
                        person.id().value(),
                        null,
                        Set.of(parts),
                        Purpose.ONE_TO_ONE_SUPPORT,
                        today(member),
                        null)));
    }

    /** The member grants a consent naming everyone on staff at their organization. */
    public ConsentView shareWithOrganization(Member member, RecordPart... parts) {
        return TestTenants.as(
                member.account(),
                () -> consents.grant(new ConsentRequest(
                        GranteeKind.MY_ORGANIZATION,
                        null,
                        null,
                        Set.of(parts),
                        Purpose.ONE_TO_ONE_SUPPORT,
                        today(member),
                        null)));
    }
}
