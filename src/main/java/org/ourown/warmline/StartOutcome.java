package org.ourown.warmline;

/**
 * What happened when a visitor asked to chat. Only {@link Result#STARTED} carries a chat and the secret that opens it,
 * which the visitor's browser keeps; the server keeps only its hash.
 */
public record StartOutcome(Result result, ChatId chat, String secret) {

    public enum Result {
        STARTED,
        CLOSED,
        LIMIT_REACHED,
        /** A coordinator has blocked this visitor for now; the visitor is never told why. */
        BLOCKED
    }

    public static StartOutcome refused(Result result) {
        return new StartOutcome(result, null, null);
    }
}
