package org.ourown.warmline.web;

import org.ourown.shared.Rejected;
import org.ourown.warmline.CallbackId;
import org.ourown.warmline.CallbackOutcome;
import org.ourown.warmline.CheckInCallbacks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Peers' check-ins: the only page where a callback's number is shown; logging the outcome erases it. */
@Controller
class CallbacksConsoleController {

    private final CheckInCallbacks callbacks;

    CallbacksConsoleController(CheckInCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @GetMapping("/warmline/console/callbacks")
    String list(Model model) {
        model.addAttribute("callbacks", callbacks.open());
        return "warmline/callbacks";
    }

    @PostMapping("/warmline/console/callbacks/{id}/outcome")
    String outcome(
            @PathVariable CallbackId id,
            @RequestParam(required = false) CallbackOutcome outcome,
            RedirectAttributes redirect) {
        try {
            callbacks.complete(id, outcome);
            redirect.addFlashAttribute("notice", "warmline.callback.done");
        } catch (Rejected e) {
            redirect.addFlashAttribute("refusal", e.messageKey());
        }
        return "redirect:/warmline/console/callbacks";
    }
}
