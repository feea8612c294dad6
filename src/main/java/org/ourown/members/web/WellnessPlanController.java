package org.ourown.members.web;

import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourown.members.ConsentView;
import org.ourown.members.Consents;
import org.ourown.members.PlanAnswers;
import org.ourown.members.PlanSection;
import org.ourown.members.RecordPart;
import org.ourown.members.WellnessPlans;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member's wellness plan: the sections, one page each with its prompts, and the printable page. */
@Controller
class WellnessPlanController {

    private final WellnessPlans plans;
    private final Consents consents;

    WellnessPlanController(WellnessPlans plans, Consents consents) {
        this.plans = plans;
        this.consents = consents;
    }

    @GetMapping("/me/plan")
    String sections(Model model) {
        List<ConsentView> mine = consents.mine();
        Map<RecordPart, List<ConsentView>> shared = new EnumMap<>(RecordPart.class);
        for (PlanSection section : PlanSection.values()) {
            shared.put(section.part(), SharedWith.now(mine, section.part()));
        }
        model.addAttribute("sections", plans.mine());
        model.addAttribute("sharedWith", shared);
        return "members/plan";
    }

    @GetMapping("/me/plan/print")
    String print(Model model) {
        model.addAttribute("sections", plans.mine());
        return "members/plan-print";
    }

    @GetMapping("/me/plan/{section}")
    String section(@PathVariable String section, Model model) {
        PlanSection planSection = PlanSection.bySlug(section);
        model.addAttribute(
                "form",
                new PlanAnswers(new LinkedHashMap<>(plans.mine(planSection).answers())));
        return show(planSection, model);
    }

    @PostMapping("/me/plan/{section}")
    String write(
            @PathVariable String section,
            @Valid @ModelAttribute("form") PlanAnswers form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PlanSection planSection = PlanSection.bySlug(section);
        if (errors.hasErrors()) {
            return show(planSection, model);
        }
        try {
            plans.write(planSection, form);
        } catch (Rejected e) {
            errors.reject(e.messageKey());
            return show(planSection, model);
        }
        redirect.addFlashAttribute("notice", "plan.saved");
        return "redirect:/me/plan/" + planSection.slug();
    }

    private String show(PlanSection section, Model model) {
        plans.mine(section); // only a member has a plan: anyone else gets NotFound, even with form errors
        model.addAttribute("section", section);
        model.addAttribute("sharedWith", SharedWith.now(consents, section.part()));
        return "members/plan-section";
    }
}
