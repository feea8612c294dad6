package org.ourown.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A member's roadmap: about them, and their goals in their own words, archived ones last. */
public record Roadmap(MembershipId member, AboutMe about, List<Goal> goals) {

    public List<Goal> current() {
        return goals.stream().filter(goal -> !goal.archived()).toList();
    }

    public List<Goal> archived() {
        return goals.stream().filter(Goal::archived).toList();
    }

    /** A goal with its steps in the order they were added and its check-ins, newest first. */
    public record Goal(
            UUID id,
            String wording,
            String strengths,
            String whatHelps,
            boolean archived,
            Instant createdAt,
            List<Step> steps,
            List<CheckIn> checkIns) {

        public long stepsDone() {
            return steps.stream().filter(Step::done).count();
        }
    }

    public record Step(UUID id, String wording, boolean done) {}

    /** @param scale the member's own 1 to 5, or null when they did not give one */
    public record CheckIn(UUID id, LocalDate checkedOn, String howItIsGoing, Integer scale) {}
}
