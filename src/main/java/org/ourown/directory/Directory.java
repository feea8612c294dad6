package org.ourown.directory;

import java.util.Optional;
import java.util.UUID;
import org.ourown.shared.Paging;

/** The public directory: anyone may search it and read any listing. */
public interface Directory {

    Paging<SearchHit> search(SearchQuery query);

    Optional<ServiceListing> service(UUID id);

    Optional<OrganizationListing> organization(UUID id);

    /** Every listed organization's id and name, by name: for choosing one (a referral, a consent that names it). */
    java.util.List<OrganizationName> organizationNames();

    record OrganizationName(UUID id, String name) {}
}
