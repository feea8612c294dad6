package org.ourown.warmline;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ourown.accounts.AccountId;

/**
 * Beside a peer's chat.
 *
 * @param note what the previous peer wrote for this one, while the chat is open; null when none
 * @param recognised the visitor chose to be remembered
 * @param earlier their earlier contacts with this organization, newest first: de-identified fields only, no words
 * @param peers available peers of the organization with room for one more chat
 */
public record HandoverView(
        String note, boolean recognised, List<EarlierContact> earlier, List<PeerChoice> peers, String timezone) {

    public record EarlierContact(
            Instant at,
            String peerName,
            Set<ContactDetails.Reason> reasons,
            Set<ContactDetails.Support> supportGiven) {}

    public record PeerChoice(AccountId id, String name) {}
}
