package org.ourown.warmline.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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

    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "warmline-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    /** @param beat how often every stream reads again without news ({@code ourown.warmline.heartbeat}, 15 s) */
    ChatStreams(@Value("${ourown.warmline.heartbeat:15s}") Duration beat) {
        heartbeat.scheduleWithFixedDelay(
                () -> open.forEach(stream -> stream.pump(true)),
                beat.toMillis(),
                beat.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * @param after reads the messages after an id, with the asker's rights (checked again on every read)
     * @param status the chat's state in words, sent whenever it changes
     * @param listen subscribes to news of the chat
     */
    SseEmitter open(
            long lastSeen,
            LongFunction<List<ShownMessage>> after,
            Supplier<StatusWords> status,
            Function<Runnable, Subscription> listen) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis()) {
            @Override
            protected void extendResponse(org.springframework.http.server.ServerHttpResponse outputMessage) {
                super.extendResponse(outputMessage);
                // A reverse proxy such as nginx would otherwise hold events back until its buffer fills.
                outputMessage.getHeaders().set("X-Accel-Buffering", "no");
            }
        };
        Stream stream = new Stream(emitter, lastSeen, after, status, SecurityContextHolder.getContext());
        open.add(stream);
        Subscription subscription = listen.apply(() -> stream.pump(false));
        Runnable close = () -> {
            subscription.close();
            open.remove(stream);
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        stream.pump(false);
        return emitter;
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
        open.forEach(stream -> stream.emitter.complete());
        open.clear();
    }

    /**
     * The words for a chat's state, and whether it is over (the page then stops offering to write). A waiting chat's
     * words change without a message (its place in the queue); any other change of state comes with a system message.
     */
    record StatusWords(String text, boolean over, boolean waiting) {}

    private static final class Stream {

        private static final String SYSTEM = ChatMessage.Sender.SYSTEM.name();

        private final SseEmitter emitter;
        private final LongFunction<List<ShownMessage>> after;
        private final Supplier<StatusWords> status;
        private final SecurityContext context;
        private long lastSent;
        private StatusWords lastStatus;

        Stream(
                SseEmitter emitter,
                long lastSeen,
                LongFunction<List<ShownMessage>> after,
                Supplier<StatusWords> status,
                SecurityContext context) {
            this.emitter = emitter;
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
                boolean notice = false;
                for (ShownMessage message : after.apply(lastSent)) {
                    emitter.send(SseEmitter.event()
                            .id(Long.toString(message.id()))
                            .name("message")
                            .data(message, MediaType.APPLICATION_JSON));
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
                    emitter.send(SseEmitter.event().name("status").data(now, MediaType.APPLICATION_JSON));
                    lastStatus = now;
                } else if (beat) {
                    emitter.send(SseEmitter.event().comment("still here"));
                }
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
            } catch (RuntimeException e) {
                // The chat is gone (purged) or no longer the reader's: the stream ends.
                emitter.complete();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }
    }
}
