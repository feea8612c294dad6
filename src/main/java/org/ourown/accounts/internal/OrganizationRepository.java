package org.ourown.accounts.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganizationRepository extends ListCrudRepository<Organization, UUID> {

    @Query("select * from accounts.organization order by name")
    List<Organization> findAllByName();

    @Query("select count(*) > 0 from accounts.organization where slug = :slug")
    boolean slugTaken(String slug);
}
