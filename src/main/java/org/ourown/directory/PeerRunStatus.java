package org.ourown.directory;

/** What the declared facts make an organization, by the criteria in domain.md. */
public enum PeerRunStatus {
    /** Led and managed by peers: a peer majority on the board, a peer director, a peer majority of staff and volunteers. */
    PEER_RUN("peer-run"),
    /** Director and staff are peers, but attached to a traditional provider or with fewer than half the board peers. */
    PEER_OPERATED("peer-operated"),
    /** Peer services within another agency. */
    PEER_SERVICES("peer-services"),
    /** Not enough facts declared to say. */
    UNKNOWN("unknown");

    private final String code;

    PeerRunStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static PeerRunStatus ofCode(String code) {
        for (PeerRunStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
