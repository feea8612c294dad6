package org.ourown.warmline;

import jakarta.validation.Valid;

/**
 * The visitor's optional survey once a chat that a peer answered is over. Guarded by the chat's secret like every
 * visitor call (a wrong secret is {@link org.ourown.shared.NotFound}). One survey per chat: answering or skipping
 * twice is a {@link org.ourown.shared.Conflict}.
 */
public interface ChatSurveys {

    SurveyStatus status(ChatId chat, String secret);

    /** Every answer may be empty; a survey with no answer at all is kept as skipped. */
    void answer(ChatId chat, String secret, @Valid SurveyAnswers answers);

    void skip(ChatId chat, String secret);
}
