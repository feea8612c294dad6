package org.ourown.warmline.web;

import java.time.ZoneId;
import java.util.Locale;
import org.ourown.shared.Rejected;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatSurveys;
import org.ourown.warmline.ReturningVisitors;
import org.ourown.warmline.VisitorChatView;
import org.ourown.warmline.VisitorChats;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The visitor's chat. The secret comes from the cookie set when the chat started; without it every address here
 * answers 404. Without JavaScript the visitor posts and reloads; with it, messages arrive as Server-Sent Events.
 */
@Controller
class VisitorChatController {

    private static final String SECRET = VisitorCookies.CHAT;

    private final VisitorChats chats;
    private final ChatSurveys surveys;
    private final ChatWords words;
    private final ChatFeeds feeds;
    private final MessageSource messages;
    private final ReturningVisitors returning;

    VisitorChatController(
            VisitorChats chats,
            ChatSurveys surveys,
            ChatWords words,
            ChatFeeds feeds,
            MessageSource messages,
            ReturningVisitors returning) {
        this.chats = chats;
        this.surveys = surveys;
        this.returning = returning;
        this.words = words;
        this.feeds = feeds;
        this.messages = messages;
    }

    @GetMapping("/warmline/chat/{id}")
    String chat(
            @PathVariable ChatId id,
            @CookieValue(name = SECRET, required = false) String secret,
            Locale locale,
            Model model) {
        VisitorChatView chat = chats.open(id, secret);
        model.addAttribute("chat", chat);
        model.addAttribute("line", chat.line());
        model.addAttribute(
                "shown", words.shown(chat.messages(), ZoneId.of(chat.line().timezone()), locale, false));
        model.addAttribute("status", words.forVisitor(chat.state(), locale));
        model.addAttribute("remembered", returning.remembered(id, secret));
        model.addAttribute("surveyStatus", surveys.status(id, secret));
        return "warmline/chat";
    }

    @GetMapping(path = "/warmline/chat/{id}/events", produces = "text/event-stream")
    SseEmitter events(
            @PathVariable ChatId id,
            @CookieValue(name = SECRET, required = false) String secret,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(name = "after", required = false) Long after,
            Locale locale) {
        return feeds.visitor(id, secret, lastEventId, after, locale);
    }

    /** From the page's script: 204, or 422 with the reason in the visitor's words. */
    @PostMapping(path = "/warmline/chat/{id}/messages", headers = "X-Requested-With=fetch")
    @ResponseBody
    ResponseEntity<String> postFromScript(
            @PathVariable ChatId id,
            @CookieValue(name = SECRET, required = false) String secret,
            @RequestParam(defaultValue = "") String body,
            Locale locale) {
        try {
            chats.post(id, secret, body);
            return ResponseEntity.noContent().build();
        } catch (Rejected e) {
            return ResponseEntity.unprocessableContent().body(messages.getMessage(e.messageKey(), null, locale));
        }
    }

    @PostMapping("/warmline/chat/{id}/messages")
    String post(
            @PathVariable ChatId id,
            @CookieValue(name = SECRET, required = false) String secret,
            @RequestParam(defaultValue = "") String body,
            RedirectAttributes redirect) {
        try {
            chats.post(id, secret, body);
        } catch (Rejected e) {
            redirect.addFlashAttribute("messageError", e.messageKey());
            redirect.addFlashAttribute("draft", body.length() > 2000 ? body.substring(0, 2000) : body);
        }
        return "redirect:/warmline/chat/" + id + "#write";
    }

    @PostMapping("/warmline/chat/{id}/leave")
    String leave(@PathVariable ChatId id, @CookieValue(name = SECRET, required = false) String secret) {
        chats.leave(id, secret);
        return "redirect:/warmline/chat/" + id;
    }
}
