package org.ourown.members.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ourown.members.AboutMe;
import org.ourown.members.GoalRequest;
import org.ourown.members.MembershipId;
import org.ourown.members.Roadmap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Goals and "about me" rows; every query is scoped by the member who owns them. */
@Repository
class RoadmapRows {

    private final JdbcClient jdbc;
    private final RoadmapStepRows steps;

    RoadmapRows(JdbcClient jdbc, RoadmapStepRows steps) {
        this.jdbc = jdbc;
        this.steps = steps;
    }

    Roadmap roadmap(MembershipId member) {
        Map<UUID, List<Roadmap.Step>> stepsByGoal = steps.steps(member, null);
        Map<UUID, List<Roadmap.CheckIn>> checkInsByGoal = steps.checkIns(member, null);
        List<Roadmap.Goal> goals = jdbc.sql("select * from members.roadmap_goal where membership_id = :m"
                        + " order by archived_at is not null, created_at, id")
                .param("m", member.value())
                .query((rs, n) -> goal(rs, stepsByGoal, checkInsByGoal))
                .list();
        return new Roadmap(member, about(member), goals);
    }

    Optional<Roadmap.Goal> goal(MembershipId member, UUID goal) {
        if (goal == null) {
            return Optional.empty();
        }
        Map<UUID, List<Roadmap.Step>> stepsByGoal = steps.steps(member, goal);
        Map<UUID, List<Roadmap.CheckIn>> checkInsByGoal = steps.checkIns(member, goal);
        return jdbc.sql("select * from members.roadmap_goal where id = :id and membership_id = :m")
                .param("id", goal)
                .param("m", member.value())
                .query((rs, n) -> goal(rs, stepsByGoal, checkInsByGoal))
                .optional();
    }

    AboutMe about(MembershipId member) {
        return jdbc.sql("select strengths, what_helps from members.roadmap_about where membership_id = :m")
                .param("m", member.value())
                .query((rs, n) -> new AboutMe(rs.getString("strengths"), rs.getString("what_helps")))
                .optional()
                .orElse(AboutMe.blank());
    }

    void saveAbout(MembershipRow member, AboutMe about, UUID by, Instant now) {
        jdbc.sql("insert into members.roadmap_about (membership_id, organization_id, strengths, what_helps,"
                        + " created_at, created_by) values (:m, :org, :strengths, :helps, :now, :by)"
                        + " on conflict (membership_id) do update set strengths = excluded.strengths,"
                        + " what_helps = excluded.what_helps, changed_at = :now, changed_by = :by")
                .param("m", member.id().value())
                .param("org", member.organization().value())
                .param("strengths", about.strengths())
                .param("helps", about.whatHelps())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    void insertGoal(MembershipRow member, UUID id, GoalRequest goal, UUID by, Instant now) {
        jdbc.sql("insert into members.roadmap_goal (id, membership_id, organization_id, wording, strengths,"
                        + " what_helps, created_at, created_by) values (:id, :m, :org, :wording, :strengths,"
                        + " :helps, :now, :by)")
                .param("id", id)
                .param("m", member.id().value())
                .param("org", member.organization().value())
                .param("wording", goal.wording())
                .param("strengths", goal.strengths())
                .param("helps", goal.whatHelps())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    boolean updateGoal(MembershipId member, UUID id, GoalRequest goal, UUID by, Instant now) {
        return jdbc.sql("update members.roadmap_goal set wording = :wording, strengths = :strengths,"
                                + " what_helps = :helps, changed_at = :now, changed_by = :by, version = version + 1"
                                + " where id = :id and membership_id = :m")
                        .param("wording", goal.wording())
                        .param("strengths", goal.strengths())
                        .param("helps", goal.whatHelps())
                        .param("now", Timestamp.from(now))
                        .param("by", by)
                        .param("id", id)
                        .param("m", member.value())
                        .update()
                > 0;
    }

    boolean archive(MembershipId member, UUID id, boolean archived, UUID by, Instant now) {
        return jdbc.sql("update members.roadmap_goal set archived_at = :archived, changed_at = :now,"
                                + " changed_by = :by, version = version + 1 where id = :id and membership_id = :m")
                        .param("archived", archived ? Timestamp.from(now) : null)
                        .param("now", Timestamp.from(now))
                        .param("by", by)
                        .param("id", id)
                        .param("m", member.value())
                        .update()
                > 0;
    }

    /** Every roadmap row of the member: goals (with their steps and check-ins) and "about me". */
    void eraseAll(MembershipId member) {
        steps.eraseAll(member);
        for (String table : List.of("roadmap_goal", "roadmap_about")) {
            jdbc.sql("delete from members." + table + " where membership_id = :m")
                    .param("m", member.value())
                    .update();
        }
    }

    private static Roadmap.Goal goal(
            java.sql.ResultSet rs,
            Map<UUID, List<Roadmap.Step>> stepsByGoal,
            Map<UUID, List<Roadmap.CheckIn>> checkInsByGoal)
            throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Roadmap.Goal(
                id,
                rs.getString("wording"),
                rs.getString("strengths"),
                rs.getString("what_helps"),
                rs.getTimestamp("archived_at") != null,
                rs.getTimestamp("created_at").toInstant(),
                stepsByGoal.getOrDefault(id, List.of()),
                checkInsByGoal.getOrDefault(id, List.of()));
    }

    static <T> Map<UUID, List<T>> grouped(List<Map.Entry<UUID, T>> rows) {
        return rows.stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        java.util.LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
