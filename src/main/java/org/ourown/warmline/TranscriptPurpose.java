package org.ourown.warmline;

/** Why a coordinator reads a chat's words: a short list, recorded with every read in the audit trail. */
public enum TranscriptPurpose {
    /** Supporting the peer who had the chat: debriefing, learning, looking after them. */
    SUPPORTING_THE_PEER,
    /** Deciding whether to block a visitor, or reviewing a block. */
    CONSIDERING_A_BLOCK,
    /** The peer who had the chat asked a coordinator to look at it. */
    PEER_ASKED
}
