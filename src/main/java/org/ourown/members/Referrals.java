package org.ourown.members;

import jakarta.validation.Valid;
import java.util.List;

/**
 * Referrals to services in the directory. Each is a disclosure to another organization, so it needs an active
 * consent of the member that names that organization; without one it is {@link NoConsentForOrganization} and
 * nothing is saved. Every referral is on the member's access log.
 */
public interface Referrals {

    ReferralView refer(MembershipId member, @Valid ReferralRequest request);

    /** The member: every referral made for them, newest first. */
    List<ReferralView> mine();
}
