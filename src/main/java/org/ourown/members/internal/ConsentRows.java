package org.ourown.members.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ourown.members.ConsentView;
import org.ourown.members.GranteeKind;
import org.ourown.members.MembershipId;
import org.ourown.members.Purpose;
import org.ourown.members.RecordPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consent rows. The rules about what they allow live in {@link ConsentCheck}. */
@Repository
class ConsentRows {

    private final JdbcClient jdbc;

    ConsentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            UUID id,
            MembershipId membership,
            GranteeKind grantee,
            UUID granteeAccount,
            UUID granteeDirectoryOrganization,
            String granteeName,
            Set<RecordPart> parts,
            Purpose purpose,
            LocalDate startsOn,
            LocalDate endsOn,
            Instant revokedAt) {

        ConsentView.State state(LocalDate today) {
            if (revokedAt != null) {
                return ConsentView.State.REVOKED;
            }
            if (today.isBefore(startsOn)) {
                return ConsentView.State.NOT_YET;
            }
            if (endsOn != null && today.isAfter(endsOn)) {
                return ConsentView.State.ENDED;
            }
            return ConsentView.State.ACTIVE;
        }

        ConsentView view(LocalDate today) {
            UUID granteeId = grantee == GranteeKind.PERSON ? granteeAccount : granteeDirectoryOrganization;
            return new ConsentView(
                    id, grantee, granteeName, granteeId, parts, purpose, startsOn, endsOn, revokedAt, state(today));
        }
    }

    List<Row> of(MembershipId membership) {
        return jdbc.sql("select * from members.consent where membership_id = :m order by created_at desc, id")
                .param("m", membership.value())
                .query(ConsentRows::row)
                .list();
    }

    void insert(Row row, UUID organization, UUID by, Instant now) {
        jdbc.sql("insert into members.consent (id, membership_id, organization_id, grantee_kind, grantee_account_id,"
                        + " grantee_directory_organization_id, grantee_name, parts, purpose, starts_on, ends_on,"
                        + " created_at, created_by) values (:id, :m, :org, :kind, :account, :dirOrg, :name,"
                        + " string_to_array(:parts, ','), :purpose, :starts, :ends, :now, :by)")
                .param("id", row.id())
                .param("m", row.membership().value())
                .param("org", organization)
                .param("kind", row.grantee().name())
                .param("account", row.granteeAccount())
                .param("dirOrg", row.granteeDirectoryOrganization())
                .param("name", row.granteeName())
                .param(
                        "parts",
                        String.join(",", row.parts().stream().map(Enum::name).toList()))
                .param("purpose", row.purpose().name())
                .param("starts", Date.valueOf(row.startsOn()))
                .param("ends", row.endsOn() == null ? null : Date.valueOf(row.endsOn()))
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    /** Marks it revoked; true when there was an unrevoked consent of that member with that id. */
    boolean revoke(MembershipId membership, UUID id, Instant now) {
        return jdbc.sql("update members.consent set revoked_at = :now where id = :id and membership_id = :m"
                                + " and revoked_at is null")
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("m", membership.value())
                        .update()
                > 0;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Array array = rs.getArray("parts");
        EnumSet<RecordPart> parts = EnumSet.noneOf(RecordPart.class);
        for (Object part : (Object[]) array.getArray()) {
            parts.add(RecordPart.valueOf((String) part));
        }
        Date ends = rs.getDate("ends_on");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Row(
                rs.getObject("id", UUID.class),
                new MembershipId(rs.getObject("membership_id", UUID.class)),
                GranteeKind.valueOf(rs.getString("grantee_kind")),
                rs.getObject("grantee_account_id", UUID.class),
                rs.getObject("grantee_directory_organization_id", UUID.class),
                rs.getString("grantee_name"),
                parts,
                Purpose.valueOf(rs.getString("purpose")),
                rs.getDate("starts_on").toLocalDate(),
                ends == null ? null : ends.toLocalDate(),
                revoked == null ? null : revoked.toInstant());
    }
}
