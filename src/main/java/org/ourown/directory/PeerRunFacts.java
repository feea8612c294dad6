package org.ourown.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts an organization declares about who leads it. Percentages are 0–100; null means not declared.
 *
 * @param attachedToProvider part of, or attached to, a traditional (non-peer) provider
 * @param respiteGovernedByPeers its peer respite is governed by a peer-run organization or an advisory group at least
 *     51% peers (null: not declared, or no respite)
 */
public record PeerRunFacts(
        Integer boardPeerPercent,
        Boolean directorIsPeer,
        Integer staffPeerPercent,
        Integer volunteerPeerPercent,
        boolean attachedToProvider,
        Boolean respiteGovernedByPeers) {

    /** The facts of an organization that runs no peer respite. */
    public PeerRunFacts(
            Integer boardPeerPercent,
            Boolean directorIsPeer,
            Integer staffPeerPercent,
            Integer volunteerPeerPercent,
            boolean attachedToProvider) {
        this(boardPeerPercent, directorIsPeer, staffPeerPercent, volunteerPeerPercent, attachedToProvider, null);
    }

    public static final int MAJORITY = 51;

    /**
     * Peer-run: board at least 51% peers, a peer director, and at least 51% of staff and volunteers peers, not attached
     * to a provider. Peer-operated (hybrid): director and staff peers, but attached to a provider or a board under
     * half peers. Peer services: some peers on staff, otherwise. Unknown: the deciding facts are not declared.
     */
    public PeerRunStatus status() {
        if (directorIsPeer == null || staffPeerPercent == null) {
            return PeerRunStatus.UNKNOWN;
        }
        boolean peerLed = directorIsPeer && staffPeerPercent >= MAJORITY && volunteersPeerOrNone();
        if (peerLed && !attachedToProvider && boardPeerPercent != null && boardPeerPercent >= MAJORITY) {
            return PeerRunStatus.PEER_RUN;
        }
        if (peerLed) {
            return PeerRunStatus.PEER_OPERATED;
        }
        return staffPeerPercent > 0 ? PeerRunStatus.PEER_SERVICES : PeerRunStatus.UNKNOWN;
    }

    /**
     * A peer respite is peer-run when every staff member and manager has lived experience and it is governed by a
     * peer-run organization or an advisory group that is at least 51% peers.
     */
    public PeerRunStatus respiteStatus() {
        if (Boolean.TRUE.equals(respiteGovernedByPeers)
                && Boolean.TRUE.equals(directorIsPeer)
                && staffPeerPercent != null
                && staffPeerPercent == 100) {
            return PeerRunStatus.PEER_RUN;
        }
        return status();
    }

    private boolean volunteersPeerOrNone() {
        return volunteerPeerPercent == null || volunteerPeerPercent >= MAJORITY;
    }

    /** The reasons, in the words the badge shows: message keys with their arguments. */
    public List<Reason> reasons() {
        List<Reason> reasons = new ArrayList<>();
        if (boardPeerPercent != null) {
            reasons.add(new Reason("peer.reason.board", boardPeerPercent));
        }
        if (directorIsPeer != null) {
            reasons.add(new Reason(directorIsPeer ? "peer.reason.directorPeer" : "peer.reason.directorNotPeer"));
        }
        if (staffPeerPercent != null) {
            reasons.add(new Reason("peer.reason.staff", staffPeerPercent));
        }
        if (volunteerPeerPercent != null) {
            reasons.add(new Reason("peer.reason.volunteers", volunteerPeerPercent));
        }
        if (attachedToProvider) {
            reasons.add(new Reason("peer.reason.attached"));
        }
        if (Boolean.TRUE.equals(respiteGovernedByPeers)) {
            reasons.add(new Reason("peer.reason.respiteGoverned"));
        }
        return reasons;
    }

    public record Reason(String messageKey, Object... arguments) {}
}
