package org.ourown.warmline.web;

import org.ourown.shared.Rejected;
import org.ourown.warmline.CallbackRequest;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.CheckInCallbacks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A visitor asks a peer to call them back; guarded by the chat's secret cookie like the chat itself. */
@Controller
class CallbackController {

    private final CheckInCallbacks callbacks;

    CallbackController(CheckInCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @GetMapping("/warmline/chat/{id}/callback")
    String form(
            @PathVariable ChatId id,
            @CookieValue(name = VisitorCookies.CHAT, required = false) String secret,
            Model model) {
        model.addAttribute("offer", callbacks.offer(id, secret));
        model.addAttribute("form", CallbackForm.empty());
        return "warmline/callback";
    }

    @PostMapping("/warmline/chat/{id}/callback")
    String request(
            @PathVariable ChatId id,
            @CookieValue(name = VisitorCookies.CHAT, required = false) String secret,
            @ModelAttribute("form") CallbackForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("offer", callbacks.offer(id, secret));
        CallbackRequest request = form.toRequest(errors);
        if (errors.hasErrors()) {
            return "warmline/callback";
        }
        try {
            callbacks.request(id, secret, request);
        } catch (Rejected e) {
            errors.rejectValue(e.field(), e.messageKey());
            return "warmline/callback";
        }
        redirect.addFlashAttribute("notice", "warmline.callback.saved");
        return "redirect:/warmline/chat/" + id + "/callback";
    }
}
