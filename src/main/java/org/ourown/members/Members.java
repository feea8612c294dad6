package org.ourown.members;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.ourown.accounts.NewMemberAccount;
import org.ourown.accounts.OrganizationCard;
import org.ourown.shared.Paging;

/**
 * Membership: joining by choice, under an alias. Staff of the member's organization see the list and open a record
 * for a stated purpose (audited); what they then read is what the member's consents allow. Anyone else, including
 * other organizations, gets {@link org.ourown.shared.NotFound}.
 */
public interface Members {

    /** The organizations a person may join, for anyone. */
    List<OrganizationCard> joinable();

    /** A person signs up themselves, with no one signed in; returns the new membership and account. */
    Joined join(String organizationSlug, @Valid NewMemberAccount account, @Valid MemberProfile profile);

    /** A peer creates a membership with the person present; the code is shown once, for the person to claim it. */
    Enrolled enrol(@Valid MemberProfile profile);

    /** The person claims a membership with the code they were handed and opens their own account. */
    MembershipId claim(@Valid ClaimRequest claim);

    /** Staff: members of their organization whose alias contains the words. */
    Paging<MemberSummary> search(String alias, int page, int size);

    /** Staff: who the member is, before a purpose is chosen (the alias is already on the list). */
    MemberSummary summary(MembershipId id);

    /** Staff: opens the record for a purpose; the opening is audited. */
    MemberRecord open(MembershipId id, Purpose purpose);

    /** The signed-in person's own membership, if they are a member. */
    Optional<MyMembership> mine();

    MyMembership updateMine(@Valid MemberProfile profile);
}
