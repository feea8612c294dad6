package org.ourown.members.web;

import jakarta.validation.Valid;
import org.ourown.accounts.OrganizationCard;
import org.ourown.members.ClaimRequest;
import org.ourown.members.Members;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Joining is a choice anyone can make without help: pick an organization, choose an alias. Or claim a code. */
@Controller
class JoinController {

    private final Members members;

    JoinController(Members members) {
        this.members = members;
    }

    @GetMapping("/join")
    String organizations(Model model) {
        model.addAttribute("organizations", members.joinable());
        return "members/join";
    }

    @GetMapping("/join/{slug}")
    String form(@PathVariable String slug, Model model) {
        model.addAttribute("organization", organization(slug));
        model.addAttribute("form", JoinForm.blank());
        return "members/join-form";
    }

    @PostMapping("/join/{slug}")
    String join(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") JoinForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("organization", organization(slug));
        if (errors.hasErrors()) {
            return "members/join-form";
        }
        try {
            members.join(slug, form.account(), form.profile());
        } catch (Rejected e) {
            errors.rejectValue(e.field(), e.messageKey());
            return "members/join-form";
        }
        redirect.addFlashAttribute("notice", "member.join.welcome");
        return "redirect:/login";
    }

    @GetMapping("/join/claim")
    String claimForm(Model model) {
        model.addAttribute("form", new ClaimRequest("", "", ""));
        return "members/claim";
    }

    @PostMapping("/join/claim")
    String claim(@Valid @ModelAttribute("form") ClaimRequest form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "members/claim";
        }
        try {
            members.claim(form);
        } catch (Rejected e) {
            errors.rejectValue(e.field(), e.messageKey());
            return "members/claim";
        }
        redirect.addFlashAttribute("notice", "member.claimed.done");
        return "redirect:/login";
    }

    private OrganizationCard organization(String slug) {
        return members.joinable().stream()
                .filter(card -> card.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFound("organization"));
    }
}
