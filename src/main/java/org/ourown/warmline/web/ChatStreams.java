package org.ourown.warmline.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.ourown.warmline.ChatMessage;
import org.ourown.warmline.Subscription;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events for chats. Each message goes out with its id; a browser that reconnects sends the last id it saw
 * (Last-Event-ID) and gets only what came after, so nothing is lost or repeated. News of a chat only wakes a stream,
 * which then reads what is new from PostgreSQL; a heartbeat wakes every stream now and then in case news was missed
 * and keeps proxies from closing an idle connection.
 */
@Component
class ChatStreams implements DisposableBean, ApplicationListener<ContextClosedEvent> {

    static final Duration TIMEOUT = Duration.ofMinutes(5);

    static final int SLOTS = 15;

    /** How often a running chat's stream reads even without news, and a peer's socket checks their sign-in. */
    private final Duration recheck;

    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "warmline-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param beat how often every stream reads again without news ({@code ourown.warmline.heartbeat}, 15 s)
     * @param recheck how often a running chat's stream reads anyway ({@code ourown.warmline.recheck}, 1 minute)
     */
    ChatStreams(
            @Value("${ourown.warmline.heartbeat:15s}") Duration beat,
            @Value("${ourown.warmline.recheck:1m}") Duration recheck) {
        this.recheck = recheck;
        // Every stream beats once a beat, but not all at once: a stream has one of SLOTS moments in the beat, so that
        // a thousand chats' pings and once-a-minute reads come as a trickle, not as a wave that holds up messages.
        long slot = Math.max(1, beat.toMillis() / SLOTS);
        AtomicLong tick = new AtomicLong();
        heartbeat.scheduleWithFixedDelay(
                () -> {
                    int now = (int) (tick.incrementAndGet() % SLOTS);
                    open.forEach(stream -> {
                        if (stream.slot == now) {
                            stream.pump(true);
                        }
                    });
                },
                slot,
                slot,
                TimeUnit.MILLISECONDS);
    }

    /** An event stream fed by {@code feed}, which attaches the stream's sink and says what to run once it closed. */
    SseEmitter open(Function<Sink, Runnable> feed) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis()) {
            @Override
            protected void extendResponse(org.springframework.http.server.ServerHttpResponse outputMessage) {
                super.extendResponse(outputMessage);
                // A reverse proxy such as nginx would otherwise hold events back until its buffer fills.
                outputMessage.getHeaders().set("X-Accel-Buffering", "no");
            }
        };
        Runnable close = feed.apply(new EventSink(emitter));
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        return emitter;
    }

    /**
     * Feeds any sink (an event stream, a WebSocket) from the chat, with the rights of whoever is signed in now.
     *
     * @param after reads the messages after an id, with the asker's rights (checked again on every read)
     * @param status the chat's state in words, sent whenever it changes
     * @param listen subscribes to news of the chat
     * @return what to run once the sink has closed
     */
    Runnable attach(
            Sink sink,
            long lastSeen,
            LongFunction<List<ShownMessage>> after,
            Supplier<StatusWords> status,
            Function<Runnable, Subscription> listen) {
        Stream stream = new Stream(sink, lastSeen, after, status, SecurityContextHolder.getContext(), recheck);
        open.add(stream);
        Subscription subscription = listen.apply(() -> stream.pump(false));
        Runnable close = () -> {
            subscription.close();
            open.remove(stream);
        };
        stream.pump(false);
        return close;
    }

    /** Where a chat's messages and state go: an event stream or a WebSocket. */
    interface Sink {

        void message(ShownMessage message) throws IOException;

        void status(StatusWords status) throws IOException;

        /** Nothing new; keeps proxies from closing an idle connection. */
        void beat() throws IOException;

        /** The chat is gone or no longer the reader's. */
        void end();

        /** Sending failed: the connection is gone. */
        void fail(Exception cause);
    }

    private record EventSink(SseEmitter emitter) implements Sink {

        @Override
        public void message(ShownMessage message) throws IOException {
            emitter.send(SseEmitter.event()
                    .id(Long.toString(message.id()))
                    .name("message")
                    .data(message, MediaType.APPLICATION_JSON));
        }

        @Override
        public void status(StatusWords status) throws IOException {
            emitter.send(SseEmitter.event().name("status").data(status, MediaType.APPLICATION_JSON));
        }

        @Override
        public void beat() throws IOException {
            emitter.send(SseEmitter.event().comment("still here"));
        }

        @Override
        public void end() {
            emitter.complete();
        }

        @Override
        public void fail(Exception cause) {
            emitter.completeWithError(cause);
        }
    }

    int openStreams() {
        return open.size();
    }

    /**
     * Ends every stream before a graceful shutdown starts waiting for open requests: browsers reconnect (to another
     * instance, or to this one once it is back) and resume from their last message.
     */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        destroy();
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        open.forEach(stream -> stream.sink.end());
        open.clear();
    }

    /**
     * The words for a chat's state, and whether it is over (the page then stops offering to write). A waiting chat's
     * words change without a message (its place in the queue); any other change of state comes with a system message.
     */
    record StatusWords(String text, boolean over, boolean waiting) {}

    private static final class Stream {

        private static final String SYSTEM = ChatMessage.Sender.SYSTEM.name();

        private final Sink sink;
        private final int slot = ThreadLocalRandom.current().nextInt(SLOTS);
        private final LongFunction<List<ShownMessage>> after;
        private final Supplier<StatusWords> status;
        private final SecurityContext context;
        private long lastSent;
        private final Duration recheck;
        private long lastRead = System.nanoTime();
        private StatusWords lastStatus;

        Stream(
                Sink sink,
                long lastSeen,
                LongFunction<List<ShownMessage>> after,
                Supplier<StatusWords> status,
                SecurityContext context,
                Duration recheck) {
            this.sink = sink;
            this.recheck = recheck;
            this.lastSent = lastSeen;
            this.after = after;
            this.status = status;
            this.context = context;
        }

        /** One pump at a time per stream, so that a message is never sent twice or out of order. */
        synchronized void pump(boolean beat) {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(context);
            try {
                // A running chat read lately needs no read to stay alive: news wakes it, and every recheck the
                // heartbeat reads anyway (rights, a chat purged, news missed). A waiting visitor's place changes
                // without news, so a waiting chat is read on every beat.
                if (beat
                        && lastStatus != null
                        && !lastStatus.waiting()
                        && System.nanoTime() - lastRead < recheck.toNanos()) {
                    sink.beat();
                    return;
                }
                lastRead = System.nanoTime();
                boolean notice = false;
                for (ShownMessage message : after.apply(lastSent)) {
                    sink.message(message);
                    lastSent = message.id();
                    notice |= SYSTEM.equals(message.sender());
                }
                // A running chat's state changes only with a system message: news of a plain message needs one read
                // of PostgreSQL, not two. The heartbeat reads it anyway.
                if (!beat && !notice && lastStatus != null && !lastStatus.waiting()) {
                    return;
                }
                StatusWords now = status.get();
                if (!now.equals(lastStatus)) {
                    sink.status(now);
                    lastStatus = now;
                } else if (beat) {
                    sink.beat();
                }
            } catch (IOException | IllegalStateException e) {
                sink.fail(e);
            } catch (RuntimeException e) {
                // The chat is gone (purged) or no longer the reader's: the stream ends.
                sink.end();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }
    }
}
