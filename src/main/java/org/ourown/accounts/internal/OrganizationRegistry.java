package org.ourown.accounts.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.NewOrganization;
import org.ourown.accounts.OrganizationCard;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.OrganizationView;
import org.ourown.accounts.Organizations;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional(readOnly = true)
class OrganizationRegistry implements Organizations {

    private final OrganizationRepository organizations;
    private final Clock clock;

    OrganizationRegistry(OrganizationRepository organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    public List<OrganizationView> all() {
        return organizations.findAllByName().stream().map(Organization::view).toList();
    }

    @Override
    public OrganizationView get(OrganizationId id) {
        if (!CurrentUser.require().belongsTo(id)) {
            throw new NotFound("organization");
        }
        return organizations
                .findById(id.value())
                .map(Organization::view)
                .orElseThrow(() -> new NotFound("organization"));
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    public OrganizationView create(NewOrganization form) {
        if (!ZoneId.getAvailableZoneIds().contains(form.timezone())) {
            throw new Rejected("timezone", "organization.timezone.unknown");
        }
        if (organizations.slugTaken(form.slug())) {
            throw new Rejected("slug", "organization.slug.taken");
        }
        Organization organization =
                Organization.create(form, CurrentUser.require().id(), clock.instant());
        return organizations.save(organization).view();
    }

    @Override
    public List<OrganizationCard> cards() {
        return organizations.findAllByName().stream()
                .map(o -> {
                    OrganizationView view = o.view();
                    return new OrganizationCard(view.id(), view.name(), view.slug(), view.timezone());
                })
                .toList();
    }

    @Override
    public boolean any() {
        return organizations.count() > 0;
    }
}
