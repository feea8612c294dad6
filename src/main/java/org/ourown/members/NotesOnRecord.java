package org.ourown.members;

import java.util.List;

/**
 * The support notes and referrals on a member's record as one reader may see them.
 *
 * @param notShared how many notes other staff wrote that the member has not shared with this reader
 */
public record NotesOnRecord(List<SupportSessionView> sessions, int notShared, List<ReferralView> referrals) {}
