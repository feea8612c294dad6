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

    /**
     * A person joining an organization as a member opens their own account; nobody needs to be signed in. The account
     * holds the {@link Role#MEMBER} role only.
     */
    StaffView registerMember(OrganizationId organization, @Valid NewMemberAccount account);

    /**
     * Deletes a member's account outright, with its sessions and sign-in counters, when their erasure request is
     * confirmed. Only a member-only account of the coordinator's or admin's own organization can be erased this way.
     */
    void eraseMember(AccountId id);

    /** The enabled staff of the signed-in person's own organization, by name: whom a member may share with. */
    java.util.List<Supporter> supporters();

    /** The signed-in person changes their own password, proving the current one. */
    void changeOwnPassword(String currentPassword, String newPassword);
}
