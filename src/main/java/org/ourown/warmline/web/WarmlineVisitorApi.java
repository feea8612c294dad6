package org.ourown.warmline.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.ourown.shared.Conflict;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatMessage;
import org.ourown.warmline.ChatState;
import org.ourown.warmline.LineView;
import org.ourown.warmline.Lines;
import org.ourown.warmline.StartOutcome;
import org.ourown.warmline.VisitorChatView;
import org.ourown.warmline.VisitorChats;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The visitor's chat over JSON, for a widget on a program's own site or an app: no account. Starting a chat returns
 * its secret once; every later call sends it in the {@code X-Chat-Secret} header, and without it the chat answers
 * 404 as if it did not exist. The visitor token (header {@code X-Visitor-Token}) counts contacts per day; a client
 * without one is given one to keep.
 */
@RestController
@RequestMapping("/api/warmline")
class WarmlineVisitorApi {

    static final String SECRET = "X-Chat-Secret";
    static final String VISITOR = "X-Visitor-Token";

    private final Lines lines;
    private final VisitorChats chats;
    private final ChatWords words;
    private final ChatFeeds feeds;
    private final StartThrottle throttle;
    private final MessageSource messages;

    WarmlineVisitorApi(
            Lines lines,
            VisitorChats chats,
            ChatWords words,
            ChatFeeds feeds,
            StartThrottle throttle,
            MessageSource messages) {
        this.throttle = throttle;
        this.messages = messages;
        this.lines = lines;
        this.chats = chats;
        this.words = words;
        this.feeds = feeds;
    }

    @GetMapping("/lines")
    List<LineView> all() {
        return lines.all();
    }

    @GetMapping("/lines/{slug}")
    LineView line(@PathVariable String slug) {
        return lines.bySlug(slug);
    }

    /** The secret appears here once and never again; the server keeps only its hash. */
    record Started(ChatId chat, String secret, String visitorToken, ChatState state) {}

    /**
     * A closed line, a reached daily limit or a block: 409 with the reason in the visitor's words, nothing kept. Too
     * many starts from one address in an hour: 429.
     */
    @PostMapping("/lines/{slug}/chats")
    ResponseEntity<Started> start(
            @PathVariable String slug,
            @RequestHeader(name = VISITOR, required = false) String visitor,
            HttpServletRequest request,
            Locale locale) {
        if (!throttle.allow(request.getRemoteAddr())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS, messages.getMessage("warmline.start.tooMany", null, locale));
            problem.setTitle(messages.getMessage("warmline.start.tooManyTitle", null, locale));
            ErrorResponseException tooMany = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
            tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, "600");
            throw tooMany;
        }
        String token = VisitorCookies.validToken(visitor) ? visitor : VisitorCookies.newToken();
        StartOutcome outcome = chats.start(slug, token);
        if (outcome.result() != StartOutcome.Result.STARTED) {
            throw new Conflict("line", refusalKey(outcome.result()));
        }
        return ResponseEntity.created(URI.create("/api/warmline/chats/" + outcome.chat()))
                .body(new Started(
                        outcome.chat(), outcome.secret(), token, chats.state(outcome.chat(), outcome.secret())));
    }

    static String refusalKey(StartOutcome.Result result) {
        return switch (result) {
            case LIMIT_REACHED -> "warmline.start.limit";
            default -> "warmline.start." + result.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Where the chat stands and every message so far, system notices in the reader's language. */
    record ChatNow(ChatId chat, String line, ChatState state, String stateWords, List<ChatMessage> messages) {}

    @GetMapping("/chats/{id}")
    ChatNow chat(
            @PathVariable ChatId id, @RequestHeader(name = SECRET, required = false) String secret, Locale locale) {
        VisitorChatView chat = chats.open(id, secret);
        return new ChatNow(
                id,
                chat.line().name(),
                chat.state(),
                words.forVisitor(chat.state(), locale).text(),
                words.inWords(chat.messages(), locale));
    }

    /** Messages after the given id: how a client that cannot hold a stream open catches up. */
    @GetMapping("/chats/{id}/messages")
    List<ChatMessage> after(
            @PathVariable ChatId id,
            @RequestHeader(name = SECRET, required = false) String secret,
            @RequestParam(defaultValue = "0") long after,
            Locale locale) {
        return words.inWords(chats.after(id, secret, after), locale);
    }

    record NewMessage(String body) {}

    /** Too long, empty, too fast or after the end: 400 problem naming the field {@code body}. */
    @PostMapping("/chats/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    ChatMessage post(
            @PathVariable ChatId id,
            @RequestHeader(name = SECRET, required = false) String secret,
            @RequestBody NewMessage message) {
        return chats.post(id, secret, message.body() == null ? "" : message.body());
    }

    @PostMapping("/chats/{id}/leave")
    ResponseEntity<Void> leave(@PathVariable ChatId id, @RequestHeader(name = SECRET, required = false) String secret) {
        chats.leave(id, secret);
        return ResponseEntity.noContent().build();
    }

    /**
     * The same stream as the page's: {@code message} events (id, sender, who, body, time as the page shows it) and
     * {@code status} events; resume with Last-Event-ID.
     */
    @GetMapping(path = "/chats/{id}/events", produces = "text/event-stream")
    SseEmitter events(
            @PathVariable ChatId id,
            @RequestHeader(name = SECRET, required = false) String secret,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(name = "after", required = false) Long after,
            Locale locale) {
        return feeds.visitor(id, secret, lastEventId, after, locale);
    }
}
