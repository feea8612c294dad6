package org.ourown.accounts;

import jakarta.validation.Valid;
import java.util.Set;
import org.ourown.shared.Paging;

/**
 * People's accounts. Every method checks who is asking: an organization's admin manages its own people only, and
 * asking for anyone else's account answers {@link org.ourown.shared.NotFound}, as if it did not exist.
 */
public interface Accounts {

    Paging<StaffView> staff(String search, int page, int size);

    StaffView get(AccountId id);

    /** Creates an account in the admin's own organization (or, for a network admin, in the one named). */
    StaffView create(OrganizationId organization, @Valid NewStaffAccount account);

    StaffView changeRoles(AccountId id, Set<Role> roles);

    StaffView changeEnabled(AccountId id, boolean enabled);

    /** The signed-in person changes their own password, proving the current one. */
    void changeOwnPassword(String currentPassword, String newPassword);
}
