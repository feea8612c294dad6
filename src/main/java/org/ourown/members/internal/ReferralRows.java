package org.ourown.members.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.ourown.members.MembershipId;
import org.ourown.members.ReferralView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals as stored, with the names of the service and organization as they were when the referral was made. */
@Repository
class ReferralRows {

    private final JdbcClient jdbc;

    ReferralRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReferralView> of(MembershipId membership) {
        return jdbc.sql("select *, created_by as created_by_id from members.referral where membership_id = :m"
                        + " order by created_at desc, id")
                .param("m", membership.value())
                .query(ReferralRows::row)
                .list();
    }

    void insert(ReferralView referral, MembershipId membership, UUID organization, UUID consent) {
        jdbc.sql("insert into members.referral (id, membership_id, organization_id, service_id, service_name,"
                        + " directory_organization_id, directory_organization_name, consent_id, note, created_at,"
                        + " created_by, created_by_name, created_by_role) values (:id, :m, :org, :service,"
                        + " :serviceName, :dirOrg, :dirOrgName, :consent, :note, :now, :by, :byName, :byRole)")
                .param("id", referral.id())
                .param("m", membership.value())
                .param("org", organization)
                .param("service", referral.service())
                .param("serviceName", referral.serviceName())
                .param("dirOrg", referral.organization())
                .param("dirOrgName", referral.organizationName())
                .param("consent", consent)
                .param("note", referral.note())
                .param("now", Timestamp.from(referral.madeAt()))
                .param("by", referral.madeBy().id())
                .param("byName", referral.madeBy().name())
                .param("byRole", referral.madeBy().role().name())
                .update();
    }

    void delete(MembershipId membership) {
        jdbc.sql("delete from members.referral where membership_id = :m")
                .param("m", membership.value())
                .update();
    }

    private static ReferralView row(ResultSet rs, int n) throws SQLException {
        return new ReferralView(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getString("service_name"),
                rs.getObject("directory_organization_id", UUID.class),
                rs.getString("directory_organization_name"),
                rs.getString("note"),
                SessionRows.writer(rs, "created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
