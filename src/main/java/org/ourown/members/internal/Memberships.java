package org.ourown.members.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ourown.accounts.OrganizationId;
import org.ourown.members.ContactMethod;
import org.ourown.members.MembershipId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Membership rows. Callers have checked who is asking; this class only stores and finds. */
@Repository
class Memberships {

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MembershipRow> find(MembershipId id) {
        return jdbc.sql("select * from members.membership where id = :id")
                .param("id", id.value())
                .query(Memberships::row)
                .optional();
    }

    Optional<MembershipRow> byAccount(UUID account) {
        return jdbc.sql("select * from members.membership where account_id = :account")
                .param("account", account)
                .query(Memberships::row)
                .optional();
    }

    /** The unclaimed membership whose code hashes to this, while the code holds. */
    Optional<MembershipRow> byClaimCode(String codeHash, Instant now) {
        return jdbc.sql("select * from members.membership where claim_code_hash = :hash and account_id is null"
                        + " and claim_expires_at > :now for update")
                .param("hash", codeHash)
                .param("now", Timestamp.from(now))
                .query(Memberships::row)
                .optional();
    }

    void insert(MembershipRow row, UUID by, String claimCodeHash, Instant claimExpiresAt) {
        jdbc.sql("insert into members.membership (id, organization_id, account_id, alias, pronouns,"
                        + " preferred_language, contact_method, contact_detail, claim_code_hash, claim_expires_at,"
                        + " joined_at, created_by) values (:id, :org, :account, :alias, :pronouns, :language,"
                        + " :method, :detail, :hash, :expires, :joined, :by)")
                .param("id", row.id().value())
                .param("org", row.organization().value())
                .param("account", row.accountId())
                .param("alias", row.alias())
                .param("pronouns", row.pronouns())
                .param("language", row.preferredLanguage())
                .param("method", row.contactMethod().name())
                .param("detail", row.contactDetail())
                .param("hash", claimCodeHash)
                .param("expires", claimExpiresAt == null ? null : Timestamp.from(claimExpiresAt))
                .param("joined", Timestamp.from(row.joinedAt()))
                .param("by", by)
                .update();
    }

    void claimed(MembershipId id, UUID account, Instant now) {
        jdbc.sql("update members.membership set account_id = :account, claim_code_hash = null,"
                        + " claim_expires_at = null, changed_at = :now, changed_by = :account,"
                        + " version = version + 1 where id = :id")
                .param("account", account)
                .param("now", Timestamp.from(now))
                .param("id", id.value())
                .update();
    }

    void updateProfile(MembershipRow row, UUID by, Instant now) {
        jdbc.sql("update members.membership set alias = :alias, pronouns = :pronouns, preferred_language = :language,"
                        + " contact_method = :method, contact_detail = :detail, changed_at = :now, changed_by = :by,"
                        + " version = version + 1 where id = :id")
                .param("alias", row.alias())
                .param("pronouns", row.pronouns())
                .param("language", row.preferredLanguage())
                .param("method", row.contactMethod().name())
                .param("detail", row.contactDetail())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .param("id", row.id().value())
                .update();
    }

    List<MembershipRow> search(OrganizationId organization, String words, int size, long offset) {
        return jdbc.sql("select * from members.membership where organization_id = :org"
                        + " and (:words = '' or lower(alias) like '%' || lower(:words) || '%')"
                        + " order by lower(alias), id limit :size offset :offset")
                .param("org", organization.value())
                .param("words", words)
                .param("size", size)
                .param("offset", offset)
                .query(Memberships::row)
                .list();
    }

    long count(OrganizationId organization, String words) {
        return jdbc.sql("select count(*) from members.membership where organization_id = :org"
                        + " and (:words = '' or lower(alias) like '%' || lower(:words) || '%')")
                .param("org", organization.value())
                .param("words", words)
                .query(Long.class)
                .single();
    }

    void delete(MembershipId id) {
        jdbc.sql("delete from members.membership where id = :id")
                .param("id", id.value())
                .update();
    }

    private static MembershipRow row(ResultSet rs, int n) throws SQLException {
        return new MembershipRow(
                new MembershipId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                rs.getObject("account_id", UUID.class),
                rs.getString("alias"),
                rs.getString("pronouns"),
                rs.getString("preferred_language"),
                ContactMethod.valueOf(rs.getString("contact_method")),
                rs.getString("contact_detail"),
                rs.getTimestamp("joined_at").toInstant());
    }
}
