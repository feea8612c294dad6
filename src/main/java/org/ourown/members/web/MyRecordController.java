package org.ourown.members.web;

import jakarta.validation.Valid;
import org.ourown.members.MemberProfile;
import org.ourown.members.Members;
import org.ourown.members.MyMembership;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member's own portal: what they said about themselves, and the way to everything else in their record. */
@Controller
class MyRecordController {

    private final Members members;

    MyRecordController(Members members) {
        this.members = members;
    }

    @GetMapping("/me")
    String home(Model model) {
        model.addAttribute("membership", members.mine().orElse(null));
        return "members/me";
    }

    @GetMapping("/me/profile")
    String profile(Model model) {
        MyMembership mine = members.mine().orElseThrow(() -> new org.ourown.shared.NotFound("membership"));
        model.addAttribute(
                "form",
                new MemberProfile(
                        mine.alias(),
                        mine.pronouns(),
                        mine.preferredLanguage(),
                        mine.contactMethod(),
                        mine.contactDetail(),
                        false));
        return "members/profile";
    }

    @PostMapping("/me/profile")
    String saveProfile(
            @Valid @ModelAttribute("form") MemberProfile form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "members/profile";
        }
        try {
            members.updateMine(form);
        } catch (Rejected e) {
            errors.rejectValue(e.field(), e.messageKey());
            return "members/profile";
        }
        redirect.addFlashAttribute("notice", "member.profile.saved");
        return "redirect:/me";
    }
}
