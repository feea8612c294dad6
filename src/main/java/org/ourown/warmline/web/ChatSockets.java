package org.ourown.warmline.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.PeerConsole;
import org.ourown.warmline.VisitorChats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chat over one WebSocket, for the visitor's page ({@code /warmline/chat/{id}/socket}) and the peer's
 * ({@code /warmline/console/chats/{id}/socket}): the same events as the event stream, and the page's messages the
 * other way, without an HTTP request each. The handshake is an ordinary request: the visitor's proves itself with the
 * chat's secret cookie, the peer's with the signed-in session (Spring Security has run), and a foreign page cannot
 * open one (same origin only). Every read and post goes through the module's facade with those rights, as the
 * event stream's do. A peer's socket ends when their sign-in does (checked every {@code ourown.warmline.recheck}, a minute).
 *
 * <p>Frames, all JSON text. From the server: {@code {"event":"message","data":{...}}},
 * {@code {"event":"status","data":{...}}}, and answers to the page's posts: {@code {"event":"sent","ref":n}} or
 * {@code {"event":"refused","ref":n,"text":"..."}}. From the page: {@code {"ref":n,"body":"..."}}.
 */
@Component
class ChatSockets extends TextWebSocketHandler implements HandshakeInterceptor {

    /** Close code: the chat is gone or no longer the reader's; the page should not come back. */
    static final CloseStatus GONE = new CloseStatus(4404, "gone");

    /** Close code: the peer's sign-in has ended (signed out, or timed out); a new socket would need a new sign-in. */
    static final CloseStatus SIGNED_OUT = new CloseStatus(4401, "signed out");

    private static final Logger log = LoggerFactory.getLogger(ChatSockets.class);
    private static final Pattern VISITOR = Pattern.compile("/warmline/chat/([0-9a-fA-F-]{36})/socket");
    private static final Pattern PEER = Pattern.compile("/warmline/console/chats/([0-9a-fA-F-]{36})/socket");
    private static final String CHAT = "ourown.chat";
    private static final String SECRET = "ourown.secret";
    private static final String CONTEXT = "ourown.context";
    private static final String LOCALE = "ourown.locale";
    private static final String AFTER = "ourown.after";
    private static final String FEED = "ourown.feed";
    private static final String HTTP_SESSION = "ourown.httpSession";
    private static final String ACTIVE = "ourown.active";

    private final VisitorChats visitors;
    private final PeerConsole console;
    private final ChatFeeds feeds;
    private final MessageSource messages;
    private final JsonMapper json;
    private final ObjectProvider<SessionRepository<? extends Session>> sessions;
    private final Duration recheck;

    ChatSockets(
            VisitorChats visitors,
            PeerConsole console,
            ChatFeeds feeds,
            MessageSource messages,
            JsonMapper json,
            ObjectProvider<SessionRepository<? extends Session>> sessions,
            @Value("${ourown.warmline.recheck:1m}") Duration recheck) {
        this.sessions = sessions;
        this.recheck = recheck;
        this.visitors = visitors;
        this.console = console;
        this.feeds = feeds;
        this.messages = messages;
        this.json = json;
    }

    /** Checks the asker's rights before the upgrade, so that a wrong id or secret is a plain 404. */
    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        if (!(request instanceof ServletServerHttpRequest servlet)) {
            response.setStatusCode(HttpStatus.NOT_FOUND);
            return false;
        }
        HttpServletRequest http = servlet.getServletRequest();
        String path = http.getRequestURI().substring(http.getContextPath().length());
        Matcher visitor = VISITOR.matcher(path);
        Matcher peer = PEER.matcher(path);
        try {
            if (visitor.matches()) {
                ChatId id = new ChatId(UUID.fromString(visitor.group(1)));
                String secret = cookie(http, VisitorCookies.CHAT);
                visitors.state(id, secret);
                attributes.put(CHAT, id);
                attributes.put(SECRET, secret);
            } else if (peer.matches()) {
                ChatId id = new ChatId(UUID.fromString(peer.group(1)));
                console.state(id);
                attributes.put(CHAT, id);
                attributes.put(CONTEXT, SecurityContextHolder.getContext());
                jakarta.servlet.http.HttpSession signedIn = http.getSession(false);
                if (signedIn != null) {
                    attributes.put(HTTP_SESSION, signedIn.getId());
                }
            } else {
                response.setStatusCode(HttpStatus.NOT_FOUND);
                return false;
            }
        } catch (NotFound | IllegalArgumentException e) {
            response.setStatusCode(HttpStatus.NOT_FOUND);
            return false;
        } catch (AccessDeniedException e) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        attributes.put(LOCALE, LocaleContextHolder.getLocale());
        attributes.put(AFTER, LastSeen.of(null, after(http.getParameter("after"))));
        return true;
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception exception) {}

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) throws IOException {
        WebSocketSession session = new ConcurrentWebSocketSessionDecorator(
                raw, (int) Duration.ofSeconds(10).toMillis(), 256 * 1024);
        Map<String, Object> attributes = raw.getAttributes();
        ChatId id = (ChatId) attributes.get(CHAT);
        Locale locale = (Locale) attributes.get(LOCALE);
        long after = (Long) attributes.get(AFTER);
        SocketSink sink = new SocketSink(session, json, () -> stillSignedIn(raw), recheck);
        try {
            Runnable feed = as(
                    raw,
                    () -> attributes.get(CONTEXT) == null
                            ? feeds.visitor(id, (String) attributes.get(SECRET), after, locale, sink)
                            : feeds.peer(id, after, locale, sink));
            attributes.put(FEED, feed);
            attributes.put(FEED + ".sink", sink);
        } catch (NotFound | AccessDeniedException e) {
            raw.close(GONE);
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession raw, TextMessage frame) throws IOException {
        Map<String, Object> attributes = raw.getAttributes();
        SocketSink sink = (SocketSink) attributes.get(FEED + ".sink");
        if (sink == null) {
            return;
        }
        Locale locale = (Locale) attributes.get(LOCALE);
        ChatId id = (ChatId) attributes.get(CHAT);
        long ref = 0;
        String body;
        try {
            JsonNode node = json.readTree(frame.getPayload());
            ref = node.path("ref").asLong(0);
            JsonNode text = node.get("body");
            if (text == null || !text.isString()) {
                sink.refused(ref, messages.getMessage("warmline.message.unreadable", null, locale));
                return;
            }
            body = text.asString();
        } catch (JacksonException e) {
            sink.refused(0, messages.getMessage("warmline.message.unreadable", null, locale));
            return;
        }
        String words = body;
        attributes.put(ACTIVE, Boolean.TRUE);
        try {
            as(
                    raw,
                    () -> attributes.get(CONTEXT) == null
                            ? visitors.post(id, (String) attributes.get(SECRET), words)
                            : console.post(id, words));
            sink.sent(ref);
        } catch (Rejected e) {
            sink.refused(ref, messages.getMessage(e.messageKey(), null, locale));
        } catch (NotFound | AccessDeniedException e) {
            sink.refused(ref, messages.getMessage("warmline.message.chatOver", null, locale));
            raw.close(GONE);
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("A chat socket failed: {}", exception.toString());
        closed(session);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        closed(session);
    }

    /**
     * A peer's socket lives on the sign-in that opened it: checked every {@code ourown.warmline.recheck} by the heartbeat
     * (signed out or timed out elsewhere ends the socket), and kept alive while the peer writes through it, as their
     * posts and page loads would. A visitor's socket needs no sign-in; its chat is checked by the stream's reads.
     */
    private boolean stillSignedIn(WebSocketSession socket) {
        Object id = socket.getAttributes().get(HTTP_SESSION);
        SessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (socket.getAttributes().get(CONTEXT) == null || id == null || repository == null) {
            return true;
        }
        boolean active = socket.getAttributes().remove(ACTIVE) != null;
        return check(repository, (String) id, active);
    }

    private static <S extends Session> boolean check(SessionRepository<S> repository, String id, boolean touch) {
        S session = repository.findById(id);
        if (session == null || session.isExpired()) {
            return false;
        }
        if (touch) {
            session.setLastAccessedTime(java.time.Instant.now());
            repository.save(session);
        }
        return true;
    }

    private static void closed(WebSocketSession session) {
        Object feed = session.getAttributes().remove(FEED);
        if (feed instanceof Runnable close) {
            close.run();
        }
    }

    /**
     * The frame of a message, written by hand: it goes out for every message to both sides, and Jackson's generic
     * way through a map took a tenth of the app's time under load. The same JSON as Jackson writes for the record.
     */
    static String messageFrame(ShownMessage message) {
        StringBuilder frame = new StringBuilder(
                96 + (message.body() == null ? 0 : message.body().length()));
        frame.append("{\"event\":\"message\",\"data\":{\"id\":").append(message.id());
        field(frame.append(','), "sender", message.sender());
        field(frame.append(','), "who", message.who());
        field(frame.append(','), "body", message.body());
        field(frame.append(','), "time", message.time());
        return frame.append("}}").toString();
    }

    private static void field(StringBuilder frame, String name, String value) {
        frame.append('"').append(name).append("\":");
        if (value == null) {
            frame.append("null");
            return;
        }
        frame.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> frame.append("\\\"");
                case '\\' -> frame.append("\\\\");
                case '\n' -> frame.append("\\n");
                case '\r' -> frame.append("\\r");
                case '\t' -> frame.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        frame.append(String.format("\\u%04x", (int) c));
                    } else {
                        frame.append(c);
                    }
                }
            }
        }
        frame.append('"');
    }

    /** Runs with the rights the handshake had: the peer's signed-in context, or nobody's for a visitor. */
    private static <T> T as(WebSocketSession session, java.util.function.Supplier<T> work) {
        SecurityContext context = (SecurityContext) session.getAttributes().get(CONTEXT);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context == null ? SecurityContextHolder.createEmptyContext() : context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static Long after(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Writes events as frames; a heartbeat pings, and checks now and then that a peer is still signed in. */
    private static final class SocketSink implements ChatStreams.Sink {

        private final WebSocketSession session;
        private final JsonMapper json;
        private final java.util.function.BooleanSupplier signedIn;
        private final Duration recheck;
        private long checked = System.nanoTime();

        SocketSink(
                WebSocketSession session,
                JsonMapper json,
                java.util.function.BooleanSupplier signedIn,
                Duration recheck) {
            this.recheck = recheck;
            this.session = session;
            this.json = json;
            this.signedIn = signedIn;
        }

        @Override
        public void message(ShownMessage message) throws IOException {
            session.sendMessage(new TextMessage(messageFrame(message)));
        }

        @Override
        public void status(ChatStreams.StatusWords status) throws IOException {
            send(Map.of("event", "status", "data", status));
        }

        @Override
        public void beat() throws IOException {
            if (System.nanoTime() - checked > recheck.toNanos()) {
                checked = System.nanoTime();
                if (!signedIn.getAsBoolean()) {
                    session.close(SIGNED_OUT);
                    return;
                }
            }
            session.sendMessage(new PingMessage(ByteBuffer.allocate(0)));
        }

        void sent(long ref) throws IOException {
            send(Map.of("event", "sent", "ref", ref));
        }

        void refused(long ref, String text) throws IOException {
            send(Map.of("event", "refused", "ref", ref, "text", text));
        }

        @Override
        public void end() {
            try {
                session.close(GONE);
            } catch (IOException e) {
                log.debug("Closing a chat socket failed: {}", e.toString());
            }
        }

        @Override
        public void fail(Exception cause) {
            try {
                session.close(CloseStatus.SERVER_ERROR);
            } catch (IOException e) {
                log.debug("Closing a chat socket failed: {}", e.toString());
            }
        }

        private void send(Object event) throws IOException {
            session.sendMessage(new TextMessage(json.writeValueAsString(event)));
        }
    }
}
