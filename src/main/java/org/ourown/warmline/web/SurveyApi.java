package org.ourown.warmline.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatSurveys;
import org.ourown.warmline.SurveyAnswers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The end-of-chat survey for programs: the chat's secret travels in {@code X-Chat-Secret}; without it, or with another
 * chat's, the answer is 404. A body with no answer at all skips the survey. A second survey for the chat is 409.
 */
@RestController
class SurveyApi {

    static final String SECRET_HEADER = "X-Chat-Secret";

    private final ChatSurveys surveys;

    SurveyApi(ChatSurveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/api/warmline/chats/{id}/survey")
    Map<String, String> status(
            @PathVariable ChatId id, @RequestHeader(name = SECRET_HEADER, required = false) String secret) {
        return Map.of("status", surveys.status(id, secret).name());
    }

    @PostMapping("/api/warmline/chats/{id}/survey")
    ResponseEntity<Void> answer(
            @PathVariable ChatId id,
            @RequestHeader(name = SECRET_HEADER, required = false) String secret,
            @Valid @RequestBody SurveyAnswers answers) {
        if (answers.isEmpty()) {
            surveys.skip(id, secret);
        } else {
            surveys.answer(id, secret, answers);
        }
        return ResponseEntity.noContent().build();
    }
}
