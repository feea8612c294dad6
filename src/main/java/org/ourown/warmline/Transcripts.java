package org.ourown.warmline;

/**
 * Coordinators and admins read a chat's words only while the line's retention keeps them, each time for a purpose
 * that goes into the audit trail. Another organization's chat is {@link org.ourown.shared.NotFound}.
 */
public interface Transcripts {

    /** The organization's chats of the last 30 days (at most 200), newest first. */
    RecentChats recent();

    /** The chat without its words, for choosing a purpose; not audited, as nothing personal is read. */
    TranscriptView about(ChatId chat);

    /** The chat with its words while they are kept; each call with words is audited. */
    TranscriptView read(ChatId chat, TranscriptPurpose purpose);
}
