package org.ourown.warmline.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.ourown.shared.Htmx;
import org.ourown.shared.Rejected;
import org.ourown.warmline.ChatHandovers;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ContactRecordId;
import org.ourown.warmline.ContactRecords;
import org.ourown.warmline.LineId;
import org.ourown.warmline.PeerChatView;
import org.ourown.warmline.PeerConsole;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The peer's console: presence, the queue, taking the next visitor, chatting, ending. */
@Controller
class ConsoleController {

    private final PeerConsole console;
    private final ContactRecords records;
    private final ChatWords words;
    private final ChatFeeds feeds;
    private final MessageSource messages;
    private final ChatHandovers handovers;

    ConsoleController(
            PeerConsole console,
            ContactRecords records,
            ChatWords words,
            ChatFeeds feeds,
            MessageSource messages,
            ChatHandovers handovers) {
        this.console = console;
        this.handovers = handovers;
        this.records = records;
        this.words = words;
        this.feeds = feeds;
        this.messages = messages;
    }

    /** The whole console, or (for htmx's periodic refresh) only the queue. */
    @GetMapping("/warmline/console")
    String console(HttpServletRequest request, Model model) {
        model.addAttribute("console", console.console());
        return Htmx.view(request, "warmline/console", "queue");
    }

    @PostMapping("/warmline/console/presence")
    String presence(
            @RequestParam(defaultValue = "false") boolean available,
            @RequestParam(defaultValue = "1") int capacity,
            RedirectAttributes redirect) {
        try {
            console.presence(available, capacity);
            redirect.addFlashAttribute(
                    "notice", available ? "warmline.console.nowAvailable" : "warmline.console.nowAway");
        } catch (Rejected e) {
            redirect.addFlashAttribute("refusal", e.messageKey());
        }
        return "redirect:/warmline/console";
    }

    @PostMapping("/warmline/console/take")
    String take(RedirectAttributes redirect) {
        try {
            Optional<ChatId> taken = console.takeNext();
            if (taken.isPresent()) {
                return "redirect:/warmline/console/chats/" + taken.get();
            }
            redirect.addFlashAttribute("notice", "warmline.console.nobody");
        } catch (Rejected e) {
            redirect.addFlashAttribute("refusal", e.messageKey());
        }
        return "redirect:/warmline/console";
    }

    @PostMapping("/warmline/console/phone-calls")
    String phoneCall(@RequestParam LineId line) {
        ContactRecordId record = records.logPhoneCall(line);
        return "redirect:/warmline/console/records/" + record;
    }

    @GetMapping("/warmline/console/chats/{id}")
    String chat(@PathVariable ChatId id, Locale locale, Model model) {
        PeerChatView chat = console.chat(id);
        model.addAttribute("chat", chat);
        model.addAttribute("shown", words.shown(chat.messages(), ZoneId.of(chat.timezone()), locale, true));
        model.addAttribute("status", words.forPeer(chat.status(), locale));
        model.addAttribute("handover", handovers.handover(id));
        return "warmline/console-chat";
    }

    @GetMapping(path = "/warmline/console/chats/{id}/events", produces = "text/event-stream")
    SseEmitter events(
            @PathVariable ChatId id,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(name = "after", required = false) Long after,
            Locale locale) {
        return feeds.peer(id, lastEventId, after, locale);
    }

    @PostMapping(path = "/warmline/console/chats/{id}/messages", headers = "X-Requested-With=fetch")
    @ResponseBody
    ResponseEntity<String> postFromScript(
            @PathVariable ChatId id, @RequestParam(defaultValue = "") String body, Locale locale) {
        try {
            console.post(id, body);
            return ResponseEntity.noContent().build();
        } catch (Rejected e) {
            return ResponseEntity.unprocessableContent().body(messages.getMessage(e.messageKey(), null, locale));
        }
    }

    @PostMapping("/warmline/console/chats/{id}/messages")
    String post(@PathVariable ChatId id, @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
        try {
            console.post(id, body);
        } catch (Rejected e) {
            redirect.addFlashAttribute("messageError", e.messageKey());
            redirect.addFlashAttribute("draft", body.length() > 2000 ? body.substring(0, 2000) : body);
        }
        return "redirect:/warmline/console/chats/" + id + "#write";
    }

    @PostMapping("/warmline/console/chats/{id}/end")
    String end(@PathVariable ChatId id) {
        return "redirect:/warmline/console/records/" + console.end(id);
    }
}
