package org.ourown.members;

import java.util.Set;
import java.util.UUID;
import org.ourown.TestTenants;
import org.ourown.accounts.StaffView;
import org.ourown.members.MemberFixtures.Member;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Support sessions and referral consents for tests, made through the facades as the people themselves would. */
@Component
public class NotesFixtures {

    private final SupportSessions sessions;
    private final Consents consents;
    private final MemberFixtures members;
    private final JdbcClient jdbc;

    public NotesFixtures(SupportSessions sessions, Consents consents, MemberFixtures members, JdbcClient jdbc) {
        this.sessions = sessions;
        this.consents = consents;
        this.members = members;
        this.jdbc = jdbc;
    }

    /** A session the author records with the member today, with this note. */
    public SupportSessionView session(Member member, StaffView author, String note) {
        return TestTenants.as(
                author,
                () -> sessions.record(
                        member.id(),
                        new SessionRequest(members.today(member), 45, SessionKind.IN_PERSON, "Drop-in", note)));
    }

    /** The member names another organization (from the directory) in a consent, from today. */
    public ConsentView shareWithOtherOrganization(Member member, UUID directoryOrganization) {
        return TestTenants.as(
                member.account(),
                () -> consents.grant(new ConsentRequest(
                        GranteeKind.OTHER_ORGANIZATION,
                        null,
                        directoryOrganization,
                        Set.of(RecordPart.CONTACT),
                        Purpose.REFERRAL,
                        members.today(member),
                        null)));
    }

    public long rows(String table, Member member) {
        return jdbc.sql("select count(*) from members." + table + " where membership_id = :m")
                .param("m", member.id().value())
                .query(Long.class)
                .single();
    }

    /** Audit entries about the member of that record type and action. */
    public long audited(Member member, String recordType, String action) {
        return jdbc.sql("select count(*) from audit.entry where person_id = :p and record_type = :t and action = :a")
                .param("p", member.id().value())
                .param("t", recordType)
                .param("a", action)
                .query(Long.class)
                .single();
    }
}
