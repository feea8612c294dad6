package org.ourown.warmline.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.LineId;
import org.ourown.warmline.SurveyAnswers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Survey answers, and apart from them the chats whose survey is done. Nothing joins the two. */
@Repository
class SurveyRows {

    private final JdbcClient jdbc;

    SurveyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean taken(ChatId chat) {
        return jdbc.sql("select exists (select 1 from warmline.survey_taken where chat_id = :c)")
                .param("c", chat.value())
                .query(Boolean.class)
                .single();
    }

    /** Marks the chat's survey as done; false when it already was (two submits racing included). */
    boolean take(ChatId chat) {
        return jdbc.sql("insert into warmline.survey_taken (chat_id) values (:c) on conflict do nothing")
                        .param("c", chat.value())
                        .update()
                > 0;
    }

    void insert(UUID organization, LineId line, LocalDate day, SurveyAnswers answers) {
        jdbc.sql("insert into warmline.survey (id, organization_id, line_id, answered_on, feeling_before,"
                        + " feeling_after, felt_heard, diversion) values (:id, :o, :l, :d, :fb, :fa, :h, :dv)")
                .param("id", UUID.randomUUID())
                .param("o", organization)
                .param("l", line.value())
                .param("d", day)
                .param("fb", answers.feelingBefore())
                .param("fa", answers.feelingAfter())
                .param(
                        "h",
                        answers.feltHeard() == null ? null : answers.feltHeard().name())
                .param(
                        "dv",
                        answers.diversion() == null ? null : answers.diversion().name())
                .update();
    }
}
