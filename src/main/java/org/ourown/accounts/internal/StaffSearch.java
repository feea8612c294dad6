package org.ourown.accounts.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ourown.accounts.AccountId;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists an organization's accounts, searchable by name or email; always scoped by organization. */
@Repository
class StaffSearch {

    private final JdbcClient jdbc;

    StaffSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Paging<StaffView> find(OrganizationId organization, String text, int page, int size) {
        String pattern = text == null || text.isBlank()
                ? null
                : "%" + escape(text.strip().toLowerCase()) + "%";
        String where = " where (cast(:org as uuid) is null or organization_id = cast(:org as uuid))"
                + " and (cast(:pattern as text) is null or lower(display_name) like :pattern or email like :pattern)";
        UUID org = organization == null ? null : organization.value();
        long total = jdbc.sql("select count(*) from accounts.account" + where)
                .param("org", org)
                .param("pattern", pattern)
                .query(Long.class)
                .single();
        List<StaffView> items = jdbc.sql("select id, organization_id, email, display_name, roles, enabled,"
                        + " totp_secret is not null as two_factor, created_at from accounts.account" + where
                        + " order by lower(display_name), id limit :size offset :offset")
                .param("org", org)
                .param("pattern", pattern)
                .param("size", size)
                .param("offset", Paging.offset(page, size))
                .query((rs, n) -> new StaffView(
                        new AccountId(rs.getObject("id", UUID.class)),
                        rs.getObject("organization_id") == null
                                ? null
                                : new OrganizationId(rs.getObject("organization_id", UUID.class)),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        roles(rs.getString("roles")),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("two_factor"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        return new Paging<>(items, page, size, total);
    }

    private static Set<Role> roles(String csv) {
        return Arrays.stream(csv.split(","))
                .filter(s -> !s.isBlank())
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
