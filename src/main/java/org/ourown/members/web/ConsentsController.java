package org.ourown.members.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.ourown.members.Consents;
import org.ourown.members.GranteeKind;
import org.ourown.members.Purpose;
import org.ourown.members.RecordPart;
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

/** The member's consents: who may see which parts, for what, from when until when; granted and revoked here. */
@Controller
class ConsentsController {

    private final Consents consents;

    ConsentsController(Consents consents) {
        this.consents = consents;
    }

    @GetMapping("/me/consents")
    String page(@RequestParam(required = false) RecordPart part, Model model) {
        Set<RecordPart> parts = part == null ? Set.of() : EnumSet.of(part);
        model.addAttribute(
                "form",
                new ConsentForm(
                        GranteeKind.PERSON, null, null, parts, Purpose.ONE_TO_ONE_SUPPORT, consents.today(), null));
        return show(model);
    }

    @PostMapping("/me/consents")
    String grant(
            @Valid @ModelAttribute("form") ConsentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(model);
        }
        try {
            consents.grant(form.request());
        } catch (Rejected e) {
            errors.rejectValue(e.field(), e.messageKey());
            return show(model);
        }
        redirect.addFlashAttribute("notice", "consent.granted");
        return "redirect:/me/consents";
    }

    @PostMapping("/me/consents/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        consents.revoke(id);
        redirect.addFlashAttribute("notice", "consent.revoked");
        return "redirect:/me/consents";
    }

    private String show(Model model) {
        model.addAttribute("consents", consents.mine());
        model.addAttribute("supporters", consents.supporters());
        model.addAttribute("otherOrganizations", consents.otherOrganizations());
        model.addAttribute("granteeKinds", GranteeKind.values());
        model.addAttribute("today", consents.today());
        return "members/consents";
    }
}
