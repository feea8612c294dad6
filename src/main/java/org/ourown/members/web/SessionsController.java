package org.ourown.members.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.ourown.members.CorrectionRequest;
import org.ourown.members.Members;
import org.ourown.members.MembershipId;
import org.ourown.members.Purpose;
import org.ourown.members.SessionKind;
import org.ourown.members.SupportSessionView;
import org.ourown.members.SupportSessions;
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

/**
 * Staff: a one-to-one support session recorded with the member, its note read for a stated purpose, changed by its
 * author for 24 hours, and corrected after that.
 */
@Controller
class SessionsController {

    private final Members members;
    private final SupportSessions sessions;

    SessionsController(Members members, SupportSessions sessions) {
        this.members = members;
        this.sessions = sessions;
    }

    @GetMapping("/members/{id}/sessions/new")
    String newForm(
            @PathVariable UUID id, @RequestParam(defaultValue = "ONE_TO_ONE_SUPPORT") Purpose purpose, Model model) {
        MembershipId member = new MembershipId(id);
        model.addAttribute("form", SessionForm.blank(sessions.today(member)));
        return newPage(member, purpose, model);
    }

    @PostMapping("/members/{id}/sessions")
    String record(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "ONE_TO_ONE_SUPPORT") Purpose purpose,
            @Valid @ModelAttribute("form") SessionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MembershipId member = new MembershipId(id);
        if (errors.hasErrors()) {
            return newPage(member, purpose, model);
        }
        try {
            SupportSessionView saved = sessions.record(member, form.request());
            redirect.addFlashAttribute("notice", "session.saved");
            return redirectTo(member, saved.id(), purpose);
        } catch (Rejected e) {
            errors.rejectValue(e.field(), e.messageKey());
            return newPage(member, purpose, model);
        }
    }

    /** Without a purpose the record's purpose page asks for one first. */
    @GetMapping("/members/{id}/sessions/{session}")
    String read(
            @PathVariable UUID id,
            @PathVariable UUID session,
            @RequestParam(required = false) Purpose purpose,
            Model model) {
        if (purpose == null) {
            members.summary(new MembershipId(id));
            return "redirect:/members/" + id;
        }
        SupportSessionView view = sessions.read(new MembershipId(id), session, purpose);
        model.addAttribute("form", SessionForm.of(view));
        model.addAttribute("correction", new CorrectionRequest(""));
        return page(view, purpose, model);
    }

    @PostMapping("/members/{id}/sessions/{session}")
    String change(
            @PathVariable UUID id,
            @PathVariable UUID session,
            @RequestParam(defaultValue = "ONE_TO_ONE_SUPPORT") Purpose purpose,
            @Valid @ModelAttribute("form") SessionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MembershipId member = new MembershipId(id);
        if (!errors.hasErrors()) {
            try {
                sessions.change(member, session, form.request());
                redirect.addFlashAttribute("notice", "session.changed");
                return redirectTo(member, session, purpose);
            } catch (Rejected e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        model.addAttribute("correction", new CorrectionRequest(""));
        return page(sessions.read(member, session, purpose), purpose, model);
    }

    @PostMapping("/members/{id}/sessions/{session}/corrections")
    String correct(
            @PathVariable UUID id,
            @PathVariable UUID session,
            @RequestParam(defaultValue = "ONE_TO_ONE_SUPPORT") Purpose purpose,
            @Valid @ModelAttribute("correction") CorrectionRequest correction,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MembershipId member = new MembershipId(id);
        if (errors.hasErrors()) {
            SupportSessionView view = sessions.read(member, session, purpose);
            model.addAttribute("form", SessionForm.of(view));
            return page(view, purpose, model);
        }
        sessions.correct(member, session, correction);
        redirect.addFlashAttribute("notice", "session.corrected");
        return redirectTo(member, session, purpose);
    }

    private String newPage(MembershipId member, Purpose purpose, Model model) {
        model.addAttribute("member", members.summary(member));
        model.addAttribute("purpose", purpose);
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("today", sessions.today(member));
        return "members/session-new";
    }

    private String page(SupportSessionView view, Purpose purpose, Model model) {
        model.addAttribute("note", view);
        model.addAttribute("member", members.summary(view.member()));
        model.addAttribute("purpose", purpose);
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("today", sessions.today(view.member()));
        return "members/session";
    }

    private static String redirectTo(MembershipId member, UUID session, Purpose purpose) {
        return "redirect:/members/" + member + "/sessions/" + session + "?purpose=" + purpose;
    }
}
