package org.ourown.directory;

import java.util.Optional;
import java.util.UUID;
import org.ourown.shared.Paging;

/** The public directory: anyone may search it and read any listing. */
public interface Directory {

    Paging<SearchHit> search(SearchQuery query);

    Optional<ServiceListing> service(UUID id);

    Optional<OrganizationListing> organization(UUID id);
}
