package org.ourown.members.internal;

import org.ourown.members.MembershipId;

/**
 * Implemented by each part of this module that keeps data about a member: on a confirmed erasure it deletes the
 * member's personal fields and free text, keeping at most de-identified counts. Runs before the membership row is
 * deleted, in the same transaction.
 */
interface MemberDataEraser {

    void erase(MembershipId member);
}
