package org.ourown.warmline.internal;

import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.Role;
import org.springframework.security.access.AccessDeniedException;

/** The board, blocks and transcripts are for an organization's coordinators and admins. */
final class CoordinatorAccess {

    private CoordinatorAccess() {}

    static CurrentUser coordinator() {
        CurrentUser me = CurrentUser.require();
        if (me.organization() == null || !(me.has(Role.COORDINATOR) || me.has(Role.ADMIN))) {
            throw new AccessDeniedException("The warm line board is for coordinators and admins");
        }
        return me;
    }
}
