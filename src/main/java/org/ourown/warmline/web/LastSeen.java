package org.ourown.warmline.web;

/** The last message id a reader has: the browser's Last-Event-ID on a reconnect, else the page's own. */
final class LastSeen {

    private LastSeen() {}

    static long of(String lastEventId, Long after) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                return Math.max(0, Long.parseLong(lastEventId.strip()));
            } catch (NumberFormatException e) {
                // A made-up header: fall back to the page's own number.
            }
        }
        return after == null ? 0 : Math.max(0, after);
    }
}
