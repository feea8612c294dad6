package org.ourown.members.web;

import jakarta.validation.Valid;
import org.ourown.members.AboutMe;
import org.ourown.members.Consents;
import org.ourown.members.GoalRequest;
import org.ourown.members.RecordPart;
import org.ourown.members.Roadmap;
import org.ourown.members.Roadmaps;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member's roadmap: their goals with progress, a new goal, "about me", and the printable page. */
@Controller
class RoadmapController {

    private final Roadmaps roadmaps;
    private final Consents consents;

    RoadmapController(Roadmaps roadmaps, Consents consents) {
        this.roadmaps = roadmaps;
        this.consents = consents;
    }

    @GetMapping("/me/roadmap")
    String page(Model model) {
        return show(model);
    }

    @PostMapping("/me/roadmap/goals")
    String addGoal(
            @Valid @ModelAttribute("goalForm") GoalRequest form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(model);
        }
        Roadmap.Goal goal = roadmaps.addGoal(form);
        redirect.addFlashAttribute("notice", "roadmap.goal.added");
        return "redirect:/me/roadmap/goals/" + goal.id();
    }

    @PostMapping("/me/roadmap/about")
    String about(
            @Valid @ModelAttribute("aboutForm") AboutMe form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(model);
        }
        roadmaps.updateAbout(form);
        redirect.addFlashAttribute("notice", "roadmap.about.saved");
        return "redirect:/me/roadmap";
    }

    @GetMapping("/me/roadmap/print")
    String print(Model model) {
        model.addAttribute("roadmap", roadmaps.mine());
        return "members/roadmap-print";
    }

    private String show(Model model) {
        Roadmap roadmap = roadmaps.mine();
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("sharedWith", SharedWith.now(consents, RecordPart.ROADMAP));
        if (!model.containsAttribute("goalForm")) {
            model.addAttribute("goalForm", GoalRequest.blank());
        }
        if (!model.containsAttribute("aboutForm")) {
            model.addAttribute("aboutForm", roadmap.about());
        }
        return "members/roadmap";
    }
}
