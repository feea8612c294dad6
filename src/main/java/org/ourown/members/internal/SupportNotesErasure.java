package org.ourown.members.internal;

import org.ourown.members.MembershipId;
import org.springframework.stereotype.Component;

/**
 * On a confirmed erasure: the member's referrals, notes, corrections and responses go. Only a count of sessions by
 * month, kind and length stays, with no member and no words.
 */
@Component
class SupportNotesErasure implements MemberDataEraser {

    private final SessionRows sessions;
    private final ReferralRows referrals;

    SupportNotesErasure(SessionRows sessions, ReferralRows referrals) {
        this.sessions = sessions;
        this.referrals = referrals;
    }

    @Override
    public void erase(MembershipId member) {
        referrals.delete(member);
        sessions.tallyAndDelete(member);
    }
}
