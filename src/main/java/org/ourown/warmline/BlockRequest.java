package org.ourown.warmline;

/**
 * A coordinator's block of the visitor of a chat, as a form or JSON sends it. Checked by {@link VisitorBlocks}: an
 * unknown duration or a missing or too long reason is {@link org.ourown.shared.Rejected} and nothing is written.
 *
 * @param duration a {@link BlockDuration} name
 * @param reason why, for the organization's staff; never shown to the visitor
 */
public record BlockRequest(String duration, String reason) {

    public static final int MAX_REASON = 500;
}
