package org.ourown.members.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.ourown.members.Erasures;
import org.ourown.members.MembershipId;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member asks to be erased or takes the request back; a coordinator or admin confirms it. */
@Controller
class ErasureController {

    private final Erasures erasures;

    ErasureController(Erasures erasures) {
        this.erasures = erasures;
    }

    @GetMapping("/me/erase")
    String page(Model model) {
        model.addAttribute("form", new ErasureForm(null));
        return show(model);
    }

    @PostMapping("/me/erase")
    String request(
            @Valid @ModelAttribute("form") ErasureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(model);
        }
        try {
            erasures.request();
            redirect.addFlashAttribute("notice", "erasure.asked");
        } catch (Rejected e) {
            // Asked already (another tab, a second click): the page shows the request that is waiting.
            redirect.addFlashAttribute("notice", e.messageKey());
        }
        return "redirect:/me/erase";
    }

    @PostMapping("/me/erase/withdraw")
    String withdraw(RedirectAttributes redirect) {
        erasures.withdraw();
        redirect.addFlashAttribute("notice", "erasure.withdrawn");
        return "redirect:/me/erase";
    }

    @GetMapping("/members/erasures")
    String pending(Model model) {
        model.addAttribute("requests", erasures.pending());
        return "members/erasures";
    }

    @PostMapping("/members/erasures/{id}/confirm")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
        erasures.confirm(new MembershipId(id));
        redirect.addFlashAttribute("notice", "erasure.confirmed");
        return "redirect:/members/erasures";
    }

    private String show(Model model) {
        model.addAttribute("pending", erasures.mine().orElse(null));
        return "members/erase";
    }
}
