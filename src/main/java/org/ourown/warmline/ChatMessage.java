package org.ourown.warmline;

import java.time.Instant;

/** One message; ids only grow, so a reconnecting reader asks for those after the last it saw. */
public record ChatMessage(long id, Sender sender, String body, Instant sentAt) {

    public static final int MAX_LENGTH = 2000;

    public enum Sender {
        VISITOR,
        PEER,
        SYSTEM
    }
}
