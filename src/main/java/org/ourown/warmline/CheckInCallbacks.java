package org.ourown.warmline;

/**
 * Check-in callbacks. A visitor asks from their chat (with its secret, as for every visitor call); peers of the line's
 * organization see them and log how the call went, which erases the number. Another organization's callback, or a
 * wrong secret, is {@link org.ourown.shared.NotFound}.
 */
public interface CheckInCallbacks {

    /** How long after the chosen window a number no one called is still kept. */
    java.time.Duration KEPT_AFTER_WINDOW = java.time.Duration.ofDays(7);

    /** How far ahead a visitor may choose a window. */
    java.time.Duration FURTHEST_AHEAD = java.time.Duration.ofDays(14);

    /** What the visitor's callback page shows: whether they may ask, and what they already asked (never the number). */
    CallbackOffer offer(ChatId chat, String secret);

    /**
     * Saves the request. No consent, a missing or badly written number, a window in the past or too far ahead, or a
     * chat that is not active or just over: {@link org.ourown.shared.Rejected}, and nothing is saved.
     */
    CallbackId request(ChatId chat, String secret, CallbackRequest request);

    /**
     * Peers: a caller on the phone asks to be called back and says yes to the number being kept. Only on the peer's
     * own contact record; the same rules as a visitor's request.
     */
    CallbackId requestForCaller(ContactRecordId record, CallbackRequest request);

    /** Peers: callbacks still to make, with their numbers; each shown number is an audited read. */
    CallbackList open();

    /** Peers: how the call went. The number is erased in the same transaction; a done callback is Rejected. */
    void complete(CallbackId id, CallbackOutcome outcome);
}
