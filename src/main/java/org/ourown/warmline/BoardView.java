package org.ourown.warmline;

import java.time.Instant;
import java.util.List;

/**
 * The coordinator's live board: each line of the organization now and since local midnight, and the peers on duty.
 * Peers take from one queue for all the organization's lines, so they are counted for the organization, not a line.
 *
 * @param asOf when the figures were read
 * @param timezone the organization's time zone, whose midnight starts "today"
 * @param total every line together
 */
public record BoardView(Instant asOf, String timezone, List<LineNow> lines, LineNow total, Peers peers) {

    /**
     * @param longestWaitMinutes how long the visitor waiting longest has waited; 0 when nobody waits
     * @param contactsToday chats that count as a contact (a quick reconnect does not) plus phone calls logged
     * @param answeredToday chats a peer took
     * @param leftToday chats whose visitor left (or vanished) before a peer took them
     */
    public record LineNow(
            String name,
            int waiting,
            long longestWaitMinutes,
            int activeChats,
            int contactsToday,
            int answeredToday,
            int leftToday) {}

    /**
     * @param available peers taking chats now
     * @param capacity how many chats at once they take together
     * @param freePlaces chats they could still take now
     */
    public record Peers(int available, int capacity, int freePlaces) {}
}
