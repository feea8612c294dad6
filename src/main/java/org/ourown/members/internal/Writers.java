package org.ourown.members.internal;

import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.Role;
import org.ourown.members.SupportSessionView.Writer;

/** Who is writing about a member, kept with what they wrote: their name then, and the role they wrote in. */
final class Writers {

    private Writers() {}

    static Writer current() {
        CurrentUser me = CurrentUser.require();
        Role role = me.has(Role.PEER) ? Role.PEER : me.has(Role.COORDINATOR) ? Role.COORDINATOR : Role.ADMIN;
        return new Writer(me.id().value(), me.displayName(), role);
    }
}
