package org.ourown.warmline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ourown.warmline.Lines;
import org.ourown.warmline.StartOutcome;
import org.ourown.warmline.VisitorChats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every line of the deployment, open or closed now, and the door into a chat. No account, no name asked. */
@Controller
class PublicLinesController {

    private final Lines lines;
    private final VisitorChats chats;
    private final StartThrottle throttle;
    private final Remembering remembering;

    PublicLinesController(Lines lines, VisitorChats chats, StartThrottle throttle, Remembering remembering) {
        this.lines = lines;
        this.chats = chats;
        this.throttle = throttle;
        this.remembering = remembering;
    }

    @GetMapping("/warmline")
    String all(Model model) {
        model.addAttribute("lines", lines.all());
        return "warmline/lines";
    }

    @GetMapping("/warmline/{slug}")
    String line(@PathVariable String slug, Model model) {
        model.addAttribute("line", lines.bySlug(slug));
        return "warmline/line";
    }

    @PostMapping("/warmline/{slug}/chats")
    String start(
            @PathVariable String slug,
            @CookieValue(name = VisitorCookies.VISITOR, required = false) String visitor,
            @CookieValue(name = Remembering.RETURNING, required = false) String returning,
            @RequestParam(required = false) String remember,
            @RequestParam(required = false) String alias,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!throttle.allow(request.getRemoteAddr())) {
            redirect.addFlashAttribute("refusal", "warmline.start.tooMany");
            return "redirect:/warmline/" + slug;
        }
        String refusal = Remembering.check(remember, alias);
        if (refusal != null) {
            redirect.addFlashAttribute("refusal", refusal);
            return "redirect:/warmline/" + slug;
        }
        StartOutcome outcome = chats.start(slug, VisitorCookies.visitorToken(visitor, request, response));
        switch (outcome.result()) {
            case STARTED -> {
                VisitorCookies.chatSecret(outcome.chat(), outcome.secret(), request, response);
                remembering.apply(outcome, remember, alias, returning, request, response);
                return "redirect:/warmline/chat/" + outcome.chat();
            }
            case CLOSED -> redirect.addFlashAttribute("refusal", "warmline.start.closed");
            case LIMIT_REACHED -> redirect.addFlashAttribute("refusal", "warmline.start.limit");
            case BLOCKED -> redirect.addFlashAttribute("refusal", "warmline.start.blocked");
        }
        return "redirect:/warmline/" + slug;
    }
}
