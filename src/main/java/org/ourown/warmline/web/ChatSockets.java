package org.ourown.warmline.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.ourown.warmline.PeerConsole;
import org.ourown.warmline.VisitorChats;
import org.ourown.warmline.web.ChatSocketHandshake.Opened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chat over one WebSocket, for the visitor's page ({@code /warmline/chat/{id}/socket}) and the peer's
 * ({@code /warmline/console/chats/{id}/socket}): the same events as the event stream, and the page's messages the
 * other way, without an HTTP request each. {@link ChatSocketHandshake} lets in only the chat's own visitor and peer,
 * and a foreign page cannot open one (same origin only). Every read and post goes through the module's facade with
 * the handshake's rights, as the event stream's do. A peer's socket ends when their sign-in does (checked every
 * {@code ourown.warmline.recheck}, a minute).
 *
 * <p>Frames, all JSON text. From the server: {@code {"event":"message","data":{...}}},
 * {@code {"event":"status","data":{...}}}, and answers to the page's posts: {@code {"event":"sent","ref":n}} or
 * {@code {"event":"refused","ref":n,"text":"..."}}. From the page: {@code {"ref":n,"body":"..."}}.
 */
@Component
class ChatSockets extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(ChatSockets.class);
    private static final String FEED = "ourown.chatSocket.feed";
    private static final String SINK = "ourown.chatSocket.sink";
    private static final String ACTIVE = "ourown.chatSocket.active";

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
        this.visitors = visitors;
        this.console = console;
        this.feeds = feeds;
        this.messages = messages;
        this.json = json;
        this.sessions = sessions;
        this.recheck = recheck;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) throws IOException {
        WebSocketSession session = new ConcurrentWebSocketSessionDecorator(
                raw, (int) Duration.ofSeconds(10).toMillis(), 256 * 1024);
        Opened opened = Opened.of(raw);
        ChatSocketSink sink = new ChatSocketSink(session, json, () -> stillSignedIn(raw), recheck);
        try {
            Runnable feed = as(
                    opened,
                    () -> opened.peer()
                            ? feeds.peer(opened.chat(), opened.after(), opened.locale(), sink)
                            : feeds.visitor(opened.chat(), opened.secret(), opened.after(), opened.locale(), sink));
            raw.getAttributes().put(FEED, feed);
            raw.getAttributes().put(SINK, sink);
        } catch (NotFound | AccessDeniedException e) {
            raw.close(ChatSocketSink.GONE);
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession raw, TextMessage frame) throws IOException {
        ChatSocketSink sink = (ChatSocketSink) raw.getAttributes().get(SINK);
        if (sink == null) {
            return;
        }
        Opened opened = Opened.of(raw);
        long ref = 0;
        String body = null;
        try {
            JsonNode node = json.readTree(frame.getPayload());
            ref = node.path("ref").asLong(0);
            JsonNode text = node.get("body");
            body = text != null && text.isString() ? text.asString() : null;
        } catch (JacksonException e) {
            // Not JSON: refused below, like JSON without words.
        }
        if (body == null) {
            sink.refused(ref, words("warmline.message.unreadable", opened));
            return;
        }
        String written = body;
        raw.getAttributes().put(ACTIVE, Boolean.TRUE);
        try {
            as(
                    opened,
                    () -> opened.peer()
                            ? console.post(opened.chat(), written)
                            : visitors.post(opened.chat(), opened.secret(), written));
            sink.sent(ref);
        } catch (Rejected e) {
            sink.refused(ref, words(e.messageKey(), opened));
        } catch (NotFound | AccessDeniedException e) {
            sink.refused(ref, words("warmline.message.chatOver", opened));
            raw.close(ChatSocketSink.GONE);
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
     * A peer's socket lives on the sign-in that opened it: checked every {@code ourown.warmline.recheck} by the
     * heartbeat (signed out or timed out elsewhere ends the socket), and kept alive while the peer writes through it,
     * as their posts and page loads would. A visitor's socket needs no sign-in; its chat is checked by the reads.
     */
    private boolean stillSignedIn(WebSocketSession socket) {
        Opened opened = Opened.of(socket);
        SessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (!opened.peer() || opened.httpSession() == null || repository == null) {
            return true;
        }
        boolean active = socket.getAttributes().remove(ACTIVE) != null;
        return check(repository, opened.httpSession(), active);
    }

    private static <S extends Session> boolean check(SessionRepository<S> repository, String id, boolean touch) {
        S session = repository.findById(id);
        if (session == null || session.isExpired()) {
            return false;
        }
        if (touch) {
            session.setLastAccessedTime(Instant.now());
            repository.save(session);
        }
        return true;
    }

    private String words(String key, Opened opened) {
        return messages.getMessage(key, null, opened.locale());
    }

    private static void closed(WebSocketSession session) {
        Object feed = session.getAttributes().remove(FEED);
        if (feed instanceof Runnable close) {
            close.run();
        }
    }

    /** Runs with the rights the handshake had: the peer's signed-in context, or nobody's for a visitor. */
    private static <T> T as(Opened opened, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(opened.peer() ? opened.context() : SecurityContextHolder.createEmptyContext());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
