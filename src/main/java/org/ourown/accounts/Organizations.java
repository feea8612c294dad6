package org.ourown.accounts;

import jakarta.validation.Valid;
import java.util.List;

/** The organizations (tenants) of this deployment. */
public interface Organizations {

    /** Every organization; network admins only. */
    List<OrganizationView> all();

    /** One organization: its own people may read it; others get {@link org.ourown.shared.NotFound}. */
    OrganizationView get(OrganizationId id);

    /** Network admins only; a taken slug is {@link org.ourown.shared.Rejected}. */
    OrganizationView create(@Valid NewOrganization organization);

    boolean any();

    /** Every organization's public card, for anyone: people choose one to join, and read who looked at their record. */
    List<OrganizationCard> cards();
}
