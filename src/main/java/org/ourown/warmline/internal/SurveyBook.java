package org.ourown.warmline.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.ourown.shared.Conflict;
import org.ourown.shared.NotFound;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatSurveys;
import org.ourown.warmline.SurveyAnswers;
import org.ourown.warmline.SurveyStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class SurveyBook implements ChatSurveys {

    private final ChatRows chats;
    private final SurveyRows surveys;
    private final LineBook lines;
    private final Clock clock;

    SurveyBook(ChatRows chats, SurveyRows surveys, LineBook lines, Clock clock) {
        this.chats = chats;
        this.surveys = surveys;
        this.lines = lines;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public SurveyStatus status(ChatId id, String secret) {
        return status(visible(id, secret));
    }

    @Override
    public void answer(ChatId id, String secret, @Valid SurveyAnswers answers) {
        ChatRows.Row chat = visible(id, secret);
        take(chat);
        if (!answers.isEmpty()) {
            LocalDate day = LocalDate.now(clock.withZone(lines.zone(chat.organization())));
            surveys.insert(chat.organization(), chat.line(), day, answers);
        }
    }

    @Override
    public void skip(ChatId id, String secret) {
        take(visible(id, secret));
    }

    private void take(ChatRows.Row chat) {
        SurveyStatus status = status(chat);
        if (status == SurveyStatus.LATER || status == SurveyStatus.NONE) {
            throw new Conflict("survey", "warmline.survey.notNow");
        }
        if (status == SurveyStatus.DONE || !surveys.take(chat.id())) {
            throw new Conflict("survey", "warmline.survey.alreadyDone");
        }
    }

    private SurveyStatus status(ChatRows.Row chat) {
        if (chat.status().isOpen()) {
            return SurveyStatus.LATER;
        }
        if (chat.answeredAt() == null) {
            return SurveyStatus.NONE;
        }
        return surveys.taken(chat.id()) ? SurveyStatus.DONE : SurveyStatus.OPEN;
    }

    /** Same rule as every visitor call: only the browser holding the chat's secret learns anything about it. */
    private ChatRows.Row visible(ChatId id, String secret) {
        return chats.find(id)
                .filter(chat -> Secrets.matches(secret, chat.secretHash()))
                .orElseThrow(() -> new NotFound("chat"));
    }
}
