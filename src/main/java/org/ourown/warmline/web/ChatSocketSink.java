package org.ourown.warmline.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chat socket as a {@link ChatStreams.Sink}: events as JSON text frames, answers to the page's posts, and the
 * heartbeat's ping, which now and then checks that a peer is still signed in.
 */
final class ChatSocketSink implements ChatStreams.Sink {

    /** Close code: the chat is gone or no longer the reader's; the page should not come back. */
    static final CloseStatus GONE = new CloseStatus(4404, "gone");

    /** Close code: the peer's sign-in has ended (signed out, or timed out); a new socket would need a new sign-in. */
    static final CloseStatus SIGNED_OUT = new CloseStatus(4401, "signed out");

    private static final Logger log = LoggerFactory.getLogger(ChatSocketSink.class);

    private final WebSocketSession session;
    private final JsonMapper json;
    private final BooleanSupplier signedIn;
    private final Duration recheck;
    private long checked = System.nanoTime();

    ChatSocketSink(WebSocketSession session, JsonMapper json, BooleanSupplier signedIn, Duration recheck) {
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
}
