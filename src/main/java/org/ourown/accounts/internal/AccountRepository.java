package org.ourown.accounts.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, UUID> {

    @Query("select * from accounts.account where email = lower(:email)")
    Optional<Account> findByEmail(String email);

    @Query("select * from accounts.account where organization_id = :organization order by lower(display_name)")
    java.util.List<Account> findByOrganization(UUID organization);

    @Query("select count(*) > 0 from accounts.account where email = lower(:email)")
    boolean emailTaken(String email);
}
