package org.ourown.members.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ourown.members.CheckInRequest;
import org.ourown.members.MembershipId;
import org.ourown.members.Roadmap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Steps and check-ins of goals; every query is scoped by goal and by the member who owns it. */
@Repository
class RoadmapStepRows {

    private final JdbcClient jdbc;

    RoadmapStepRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's steps by goal, in the order added; of one goal when {@code goal} is not null. */
    Map<UUID, List<Roadmap.Step>> steps(MembershipId member, UUID goal) {
        return RoadmapRows.grouped(jdbc.sql("select * from members.roadmap_step where membership_id = :m" + ofGoal(goal)
                        + " order by created_at, id")
                .param("m", member.value())
                .param("goal", goal)
                .query((rs, n) -> Map.entry(
                        rs.getObject("goal_id", UUID.class),
                        new Roadmap.Step(
                                rs.getObject("id", UUID.class),
                                rs.getString("wording"),
                                rs.getTimestamp("done_at") != null)))
                .list());
    }

    /** The member's check-ins by goal, newest first. */
    Map<UUID, List<Roadmap.CheckIn>> checkIns(MembershipId member, UUID goal) {
        return RoadmapRows.grouped(jdbc.sql("select * from members.roadmap_check_in where membership_id = :m"
                        + ofGoal(goal)
                        + " order by checked_on desc, created_at desc")
                .param("m", member.value())
                .param("goal", goal)
                .query((rs, n) -> Map.entry(
                        rs.getObject("goal_id", UUID.class),
                        new Roadmap.CheckIn(
                                rs.getObject("id", UUID.class),
                                rs.getDate("checked_on").toLocalDate(),
                                rs.getString("how_it_is_going"),
                                (Integer) rs.getObject("scale", Integer.class))))
                .list());
    }

    private static String ofGoal(UUID goal) {
        return goal == null ? "" : " and goal_id = :goal";
    }

    void insertStep(MembershipId member, UUID goal, UUID id, String wording, UUID by, Instant now) {
        jdbc.sql("insert into members.roadmap_step (id, goal_id, membership_id, wording, created_at, created_by)"
                        + " values (:id, :goal, :m, :wording, :now, :by)")
                .param("id", id)
                .param("goal", goal)
                .param("m", member.value())
                .param("wording", wording)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    boolean mark(MembershipId member, UUID goal, UUID step, boolean done, Instant now) {
        return jdbc.sql("update members.roadmap_step set done_at = :done where id = :id and goal_id = :goal"
                                + " and membership_id = :m")
                        .param("done", done ? Timestamp.from(now) : null)
                        .param("id", step)
                        .param("goal", goal)
                        .param("m", member.value())
                        .update()
                > 0;
    }

    boolean remove(MembershipId member, UUID goal, UUID step) {
        return jdbc.sql("delete from members.roadmap_step where id = :id and goal_id = :goal and membership_id = :m")
                        .param("id", step)
                        .param("goal", goal)
                        .param("m", member.value())
                        .update()
                > 0;
    }

    void insertCheckIn(MembershipId member, UUID goal, UUID id, CheckInRequest checkIn, UUID by, Instant now) {
        jdbc.sql("insert into members.roadmap_check_in (id, goal_id, membership_id, checked_on, how_it_is_going,"
                        + " scale, created_at, created_by) values (:id, :goal, :m, :on, :text, :scale, :now, :by)")
                .param("id", id)
                .param("goal", goal)
                .param("m", member.value())
                .param("on", Date.valueOf(checkIn.checkedOn()))
                .param("text", checkIn.howItIsGoing())
                .param("scale", checkIn.scale())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    void eraseAll(MembershipId member) {
        for (String table : List.of("roadmap_check_in", "roadmap_step")) {
            jdbc.sql("delete from members." + table + " where membership_id = :m")
                    .param("m", member.value())
                    .update();
        }
    }
}
