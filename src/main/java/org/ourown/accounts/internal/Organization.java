package org.ourown.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ourown.accounts.AccountId;
import org.ourown.accounts.NewOrganization;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.OrganizationView;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A tenant: one peer-run organization. Everything it owns is invisible to the others. */
@Table(schema = "accounts", name = "organization")
class Organization {

    @Id
    private UUID id;

    private String name;
    private String slug;
    private String timezone;
    private String languages;
    private Instant createdAt;
    private UUID createdBy;

    @Version
    private Long version;

    Organization() {}

    static Organization create(NewOrganization form, AccountId by, Instant now) {
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.name = form.name().strip();
        organization.slug = form.slug();
        organization.timezone = form.timezone();
        organization.languages = String.join(",", form.languages());
        organization.createdAt = now;
        organization.createdBy = by.value();
        return organization;
    }

    OrganizationView view() {
        return new OrganizationView(
                new OrganizationId(id), name, slug, timezone, List.of(languages.split(",")), createdAt);
    }
}
