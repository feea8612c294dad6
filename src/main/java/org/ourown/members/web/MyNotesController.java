package org.ourown.members.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.ourown.members.Referrals;
import org.ourown.members.ResponseRequest;
import org.ourown.members.SupportSessions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member reads every note written about them, and every referral, and answers any note in their own words. */
@Controller
class MyNotesController {

    private final SupportSessions sessions;
    private final Referrals referrals;

    MyNotesController(SupportSessions sessions, Referrals referrals) {
        this.sessions = sessions;
        this.referrals = referrals;
    }

    @GetMapping("/me/notes")
    String notes(Model model) {
        return page(model);
    }

    @PostMapping("/me/notes/{session}/response")
    String respond(
            @PathVariable UUID session,
            @Valid @ModelAttribute("response") ResponseRequest response,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            // The session must be the member's own before the page says anything about it.
            if (sessions.mine().stream().noneMatch(s -> s.id().equals(session))) {
                throw new org.ourown.shared.NotFound("session");
            }
            model.addAttribute("responseTo", session);
            return page(model);
        }
        sessions.respond(session, response);
        redirect.addFlashAttribute("notice", "session.response.saved");
        return "redirect:/me/notes#note-" + session;
    }

    private String page(Model model) {
        model.addAttribute("notes", sessions.mine());
        model.addAttribute("referrals", referrals.mine());
        return "members/my-notes";
    }
}
