package org.ourown.members.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.ourown.members.AboutMe;
import org.ourown.members.CheckInRequest;
import org.ourown.members.GoalRequest;
import org.ourown.members.Roadmap;
import org.ourown.members.Roadmaps;
import org.ourown.members.StepRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** One goal of the member's roadmap over JSON: its wording, steps, check-ins and whether it is set aside. */
@RestController
@RequestMapping("/api/me/roadmap")
class GoalsApi {

    private final Roadmaps roadmaps;

    GoalsApi(Roadmaps roadmaps) {
        this.roadmaps = roadmaps;
    }

    record Archived(
            @NotNull(message = "{roadmap.api.archived.required}")
            Boolean archived) {}

    record Done(
            @NotNull(message = "{roadmap.api.done.required}")
            Boolean done) {}

    @PutMapping("/about")
    AboutMe about(@Valid @RequestBody AboutMe about) {
        return roadmaps.updateAbout(about);
    }

    @GetMapping("/goals/{goal}")
    Roadmap.Goal goal(@PathVariable UUID goal) {
        return roadmaps.goal(goal);
    }

    @PutMapping("/goals/{goal}")
    Roadmap.Goal reword(@PathVariable UUID goal, @Valid @RequestBody GoalRequest request) {
        return roadmaps.rewordGoal(goal, request);
    }

    /** Sets the goal aside ({@code true}) or brings it back ({@code false}). */
    @PutMapping("/goals/{goal}/archived")
    Roadmap.Goal archive(@PathVariable UUID goal, @Valid @RequestBody Archived request) {
        roadmaps.archiveGoal(goal, request.archived());
        return roadmaps.goal(goal);
    }

    @PostMapping("/goals/{goal}/steps")
    @ResponseStatus(HttpStatus.CREATED)
    Roadmap.Step addStep(@PathVariable UUID goal, @Valid @RequestBody StepRequest request) {
        return roadmaps.addStep(goal, request);
    }

    @PutMapping("/goals/{goal}/steps/{step}/done")
    Roadmap.Goal markStep(@PathVariable UUID goal, @PathVariable UUID step, @Valid @RequestBody Done request) {
        roadmaps.markStep(goal, step, request.done());
        return roadmaps.goal(goal);
    }

    @DeleteMapping("/goals/{goal}/steps/{step}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeStep(@PathVariable UUID goal, @PathVariable UUID step) {
        roadmaps.removeStep(goal, step);
    }

    @PostMapping("/goals/{goal}/check-ins")
    @ResponseStatus(HttpStatus.CREATED)
    Roadmap.CheckIn checkIn(@PathVariable UUID goal, @Valid @RequestBody CheckInRequest request) {
        return roadmaps.checkIn(goal, request);
    }
}
