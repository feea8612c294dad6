package org.ourown.warmline;

/** Whether the survey is there for the visitor to answer now. */
public enum SurveyStatus {
    /** The chat is still open; the survey comes when it ends. */
    LATER,
    /** Over, a peer answered, and not yet answered or skipped. */
    OPEN,
    /** Answered or skipped: one survey per chat. */
    DONE,
    /** No peer answered (the visitor left the queue): there was no chat to ask about. */
    NONE
}
