package org.ourown.members.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ourown.accounts.OrganizationId;
import org.ourown.members.ErasureRequestView;
import org.ourown.members.MembershipId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Erasure requests, and the de-identified count that stays after an erasure. */
@Repository
class ErasureRequests {

    private static final String SELECT =
            "select r.membership_id, m.alias, r.requested_at from members.erasure_request r"
                    + " join members.membership m on m.id = r.membership_id";

    private final JdbcClient jdbc;

    ErasureRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ErasureRequestView> of(MembershipId member) {
        return jdbc.sql(SELECT + " where r.membership_id = :m")
                .param("m", member.value())
                .query((rs, n) -> view(rs))
                .optional();
    }

    /** True when it was added; false when the member already has one pending. */
    boolean add(MembershipRow member, Instant now) {
        return jdbc.sql("insert into members.erasure_request (membership_id, organization_id, requested_at)"
                                + " values (:m, :org, :now) on conflict (membership_id) do nothing")
                        .param("m", member.id().value())
                        .param("org", member.organization().value())
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    boolean remove(MembershipId member) {
        return jdbc.sql("delete from members.erasure_request where membership_id = :m")
                        .param("m", member.value())
                        .update()
                > 0;
    }

    List<ErasureRequestView> pending(OrganizationId organization) {
        return jdbc.sql(SELECT + " where r.organization_id = :org and m.organization_id = :org"
                        + " order by r.requested_at, r.membership_id")
                .param("org", organization.value())
                .query((rs, n) -> view(rs))
                .list();
    }

    void counted(OrganizationId organization, LocalDate on) {
        jdbc.sql("insert into members.erasure (organization_id, erased_on) values (:org, :on)")
                .param("org", organization.value())
                .param("on", Date.valueOf(on))
                .update();
    }

    private static ErasureRequestView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ErasureRequestView(
                new MembershipId(rs.getObject("membership_id", UUID.class)),
                rs.getString("alias"),
                rs.getTimestamp("requested_at").toInstant());
    }
}
