package org.ourown.warmline.internal;

import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.Role;
import org.springframework.security.access.AccessDeniedException;

/** The console is for peer supporters of an organization. */
final class PeerAccess {

    private PeerAccess() {}

    static CurrentUser peer() {
        CurrentUser me = CurrentUser.require();
        if (me.organization() == null || !me.has(Role.PEER)) {
            throw new AccessDeniedException("The warm line console is for peer supporters");
        }
        return me;
    }
}
