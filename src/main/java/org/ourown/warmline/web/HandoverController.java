package org.ourown.warmline.web;

import org.ourown.accounts.AccountId;
import org.ourown.shared.Rejected;
import org.ourown.warmline.ChatHandovers;
import org.ourown.warmline.ChatId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The holding peer passes a chat to another peer, or back to the queue, with a short note for whoever is next. */
@Controller
class HandoverController {

    private final ChatHandovers handovers;

    HandoverController(ChatHandovers handovers) {
        this.handovers = handovers;
    }

    @PostMapping("/warmline/console/chats/{id}/transfer")
    String transfer(
            @PathVariable ChatId id,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        try {
            if ("queue".equals(to)) {
                handovers.backToQueue(id, note);
                redirect.addFlashAttribute("notice", "warmline.handover.queued");
            } else {
                handovers.transfer(id, account(to), note);
                redirect.addFlashAttribute("notice", "warmline.handover.transferred");
            }
        } catch (Rejected e) {
            redirect.addFlashAttribute("handoverError", e.messageKey());
            redirect.addFlashAttribute("handoverNote", note.length() > 500 ? note.substring(0, 500) : note);
            return "redirect:/warmline/console/chats/" + id + "#handover";
        }
        return "redirect:/warmline/console";
    }

    private static AccountId account(String to) {
        try {
            return new AccountId(java.util.UUID.fromString(to == null ? "" : to));
        } catch (IllegalArgumentException e) {
            throw new Rejected("to", "warmline.handover.choose");
        }
    }
}
