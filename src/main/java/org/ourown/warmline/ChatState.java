package org.ourown.warmline;

/**
 * Where a chat stands.
 *
 * @param queuePosition 1 for the next to be answered; 0 once a peer has joined or the chat is over
 * @param roughWaitMinutes a rough guess from the place in the queue and the peers available; 0 when unknown
 */
public record ChatState(ChatStatus status, int queuePosition, int roughWaitMinutes) {

    public static ChatState of(ChatStatus status) {
        return new ChatState(status, 0, 0);
    }
}
