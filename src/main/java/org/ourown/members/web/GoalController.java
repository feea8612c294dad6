package org.ourown.members.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.ourown.members.CheckInRequest;
import org.ourown.members.GoalRequest;
import org.ourown.members.Roadmap;
import org.ourown.members.Roadmaps;
import org.ourown.members.StepRequest;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One goal of the member's: its wording, steps to tick, check-ins, and setting it aside. */
@Controller
class GoalController {

    private final Roadmaps roadmaps;

    GoalController(Roadmaps roadmaps) {
        this.roadmaps = roadmaps;
    }

    @GetMapping("/me/roadmap/goals/{id}")
    String page(@PathVariable UUID id, Model model) {
        return show(id, model);
    }

    @PostMapping("/me/roadmap/goals/{id}")
    String reword(
            @PathVariable UUID id,
            @Valid @ModelAttribute("goalForm") GoalRequest form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(id, model);
        }
        roadmaps.rewordGoal(id, form);
        return back(id, "roadmap.goal.saved", redirect);
    }

    @PostMapping("/me/roadmap/goals/{id}/steps")
    String addStep(
            @PathVariable UUID id,
            @Valid @ModelAttribute("stepForm") StepRequest form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(id, model);
        }
        roadmaps.addStep(id, form);
        return back(id, "roadmap.step.added", redirect);
    }

    @PostMapping("/me/roadmap/goals/{id}/steps/{step}")
    String markStep(
            @PathVariable UUID id, @PathVariable UUID step, @RequestParam boolean done, RedirectAttributes redirect) {
        roadmaps.markStep(id, step, done);
        return back(id, "roadmap.step.updated", redirect);
    }

    @PostMapping("/me/roadmap/goals/{id}/steps/{step}/remove")
    String removeStep(@PathVariable UUID id, @PathVariable UUID step, RedirectAttributes redirect) {
        roadmaps.removeStep(id, step);
        return back(id, "roadmap.step.removed", redirect);
    }

    @PostMapping("/me/roadmap/goals/{id}/check-ins")
    String checkIn(
            @PathVariable UUID id,
            @Valid @ModelAttribute("checkInForm") CheckInRequest form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(id, model);
        }
        try {
            roadmaps.checkIn(id, form);
        } catch (Rejected e) {
            errors.rejectValue(e.field(), e.messageKey());
            return show(id, model);
        }
        return back(id, "roadmap.checkIn.added", redirect);
    }

    @PostMapping("/me/roadmap/goals/{id}/archive")
    String archive(@PathVariable UUID id, @RequestParam boolean archived, RedirectAttributes redirect) {
        roadmaps.archiveGoal(id, archived);
        return back(id, archived ? "roadmap.goal.archivedNotice" : "roadmap.goal.backNotice", redirect);
    }

    private String show(UUID id, Model model) {
        Roadmap.Goal goal = roadmaps.goal(id);
        model.addAttribute("goal", goal);
        java.time.LocalDate today = roadmaps.today();
        model.addAttribute("today", today);
        if (!model.containsAttribute("goalForm")) {
            model.addAttribute("goalForm", new GoalRequest(goal.wording(), goal.strengths(), goal.whatHelps()));
        }
        if (!model.containsAttribute("stepForm")) {
            model.addAttribute("stepForm", new StepRequest(null));
        }
        if (!model.containsAttribute("checkInForm")) {
            model.addAttribute("checkInForm", new CheckInRequest(today, null, null));
        }
        return "members/goal";
    }

    private static String back(UUID id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/me/roadmap/goals/" + id;
    }
}
