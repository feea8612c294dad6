package org.ourown.members.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ourown.members.MembershipId;
import org.ourown.members.PlanSection;
import org.ourown.members.PlanSectionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Wellness plan answers, one row per prompt answered; every query is scoped by the member who wrote them. */
@Repository
class PlanRows {

    private final JdbcClient jdbc;

    PlanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Answer(String prompt, String text, Instant changedAt) {}

    PlanSectionView section(MembershipId member, PlanSection section) {
        List<Answer> rows = jdbc.sql("select prompt, answer, coalesce(changed_at, created_at) as changed"
                        + " from members.plan_answer where membership_id = :m and section = :section")
                .param("m", member.value())
                .param("section", section.part().name())
                .query((rs, n) -> new Answer(
                        rs.getString("prompt"),
                        rs.getString("answer"),
                        rs.getTimestamp("changed").toInstant()))
                .list();
        Map<String, String> answers = new LinkedHashMap<>();
        Instant changed = null;
        for (String prompt : section.prompts()) {
            for (Answer answer : rows) {
                if (answer.prompt().equals(prompt)) {
                    answers.put(prompt, answer.text());
                    changed = changed == null || answer.changedAt().isAfter(changed) ? answer.changedAt() : changed;
                }
            }
        }
        return new PlanSectionView(section, answers, changed);
    }

    /** Makes the section hold exactly these answers: new ones added, changed ones updated, missing ones deleted. */
    void replace(MembershipRow member, PlanSection section, Map<String, String> answers, UUID by, Instant now) {
        jdbc.sql("delete from members.plan_answer where membership_id = :m and section = :section"
                        + " and not (prompt = any (string_to_array(:keep, ',')))")
                .param("m", member.id().value())
                .param("section", section.part().name())
                .param("keep", String.join(",", answers.keySet()))
                .update();
        answers.forEach((prompt, text) -> jdbc.sql("insert into members.plan_answer (membership_id, organization_id,"
                        + " section, prompt, answer, created_at, created_by) values (:m, :org, :section, :prompt,"
                        + " :answer, :now, :by) on conflict (membership_id, section, prompt) do update"
                        + " set answer = excluded.answer, changed_at = :now, changed_by = :by"
                        + " where plan_answer.answer <> excluded.answer")
                .param("m", member.id().value())
                .param("org", member.organization().value())
                .param("section", section.part().name())
                .param("prompt", prompt)
                .param("answer", text)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update());
    }

    void eraseAll(MembershipId member) {
        jdbc.sql("delete from members.plan_answer where membership_id = :m")
                .param("m", member.value())
                .update();
    }
}
