package org.ourown.warmline.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ourown.shared.Rejected;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatMessage;
import org.ourown.warmline.ConsoleView;
import org.ourown.warmline.ContactDetails;
import org.ourown.warmline.ContactRecordId;
import org.ourown.warmline.ContactRecordView;
import org.ourown.warmline.ContactRecords;
import org.ourown.warmline.LineId;
import org.ourown.warmline.PeerChatView;
import org.ourown.warmline.PeerConsole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The peer console over JSON (PEER role, own organization): presence, the queue, taking the next visitor, chatting,
 * ending, and the contact record afterwards. The same facades and checks as the console pages.
 */
@RestController
@RequestMapping("/api/warmline/console")
class WarmlineConsoleApi {

    private final PeerConsole console;
    private final ContactRecords records;
    private final ChatWords words;
    private final ChatFeeds feeds;

    WarmlineConsoleApi(PeerConsole console, ContactRecords records, ChatWords words, ChatFeeds feeds) {
        this.console = console;
        this.records = records;
        this.words = words;
        this.feeds = feeds;
    }

    @GetMapping
    ConsoleView console() {
        return console.console();
    }

    record Presence(boolean available, Integer capacity) {}

    /** A capacity outside 1–5 is a 400 problem naming {@code capacity}. */
    @PutMapping("/presence")
    ConsoleView presence(@RequestBody Presence presence) {
        console.presence(presence.available(), presence.capacity() == null ? 1 : presence.capacity());
        return console.console();
    }

    record Taken(ChatId chat) {}

    /** 201 with the chat taken, or 204 when nobody waits; away or at capacity is a 400 problem. */
    @PostMapping("/take")
    ResponseEntity<Taken> take() {
        return console.takeNext()
                .map(chat -> ResponseEntity.created(URI.create("/api/warmline/console/chats/" + chat))
                        .body(new Taken(chat)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/chats/{id}")
    PeerChatView chat(@PathVariable ChatId id, Locale locale) {
        PeerChatView chat = console.chat(id);
        return new PeerChatView(
                chat.id(),
                chat.lineName(),
                chat.timezone(),
                chat.status(),
                chat.queuedAt(),
                chat.answeredAt(),
                chat.chatGuideMinutes(),
                chat.crisisResources(),
                chat.record(),
                words.inWords(chat.messages(), locale));
    }

    @GetMapping("/chats/{id}/messages")
    List<ChatMessage> after(@PathVariable ChatId id, @RequestParam(defaultValue = "0") long after, Locale locale) {
        return words.inWords(console.after(id, after), locale);
    }

    @PostMapping("/chats/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    ChatMessage post(@PathVariable ChatId id, @RequestBody WarmlineVisitorApi.NewMessage message) {
        return console.post(id, message.body() == null ? "" : message.body());
    }

    @GetMapping(path = "/chats/{id}/events", produces = "text/event-stream")
    SseEmitter events(
            @PathVariable ChatId id,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(name = "after", required = false) Long after,
            Locale locale) {
        return feeds.peer(id, lastEventId, after, locale);
    }

    /** Ends the chat; the contact record is opened as a draft. */
    @PostMapping("/chats/{id}/end")
    ResponseEntity<ContactRecordView> end(@PathVariable ChatId id) {
        ContactRecordId record = console.end(id);
        return ResponseEntity.created(URI.create("/api/warmline/console/records/" + record))
                .body(records.get(record));
    }

    record NewPhoneCall(UUID line) {}

    @PostMapping("/phone-calls")
    ResponseEntity<ContactRecordView> phoneCall(@RequestBody NewPhoneCall call) {
        if (call.line() == null) {
            throw new Rejected("line", "warmline.api.lineRequired");
        }
        ContactRecordId record = records.logPhoneCall(new LineId(call.line()));
        return ResponseEntity.created(URI.create("/api/warmline/console/records/" + record))
                .body(records.get(record));
    }

    @GetMapping("/records/{id}")
    ContactRecordView record(@PathVariable ContactRecordId id) {
        return records.get(id);
    }

    /** Saves the draft; {@code ?finalise=true} closes it. A final record is a 400 problem. */
    @PutMapping("/records/{id}")
    ContactRecordView save(
            @PathVariable ContactRecordId id,
            @Valid @RequestBody ContactDetails details,
            @RequestParam(defaultValue = "false") boolean finalise) {
        return records.save(id, details, finalise);
    }
}
