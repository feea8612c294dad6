package org.ourown.tenancy;

import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.StaffView;

/**
 * Two organizations. {@code home} is the asker's, with a person holding every organization role and a member who
 * joined by themselves; {@code other} has an admin and a peer whose records the asker must never reach.
 */
public record Tenancy(
        OrganizationId home,
        StaffView homeUser,
        StaffView homeMember,
        OrganizationId other,
        StaffView otherAdmin,
        StaffView otherPeer) {}
