package org.ourown.warmline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ReturningVisitors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Stop remembering me": the link between the visitor's chats goes, and so does the browser's returning token. */
@Controller
class RememberController {

    private final ReturningVisitors returning;

    RememberController(ReturningVisitors returning) {
        this.returning = returning;
    }

    @PostMapping("/warmline/chat/{id}/forget")
    String forget(
            @PathVariable ChatId id,
            @CookieValue(name = VisitorCookies.CHAT, required = false) String secret,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        returning.forget(id, secret);
        Remembering.clear(request, response);
        redirect.addFlashAttribute("notice", "warmline.remember.forgotten");
        return "redirect:/warmline/chat/" + id;
    }
}
