package org.ourown.warmline.web;

import java.time.ZoneId;
import java.util.Locale;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.PeerConsole;
import org.ourown.warmline.VisitorChats;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The feeds of a chat, the same for a page and for the API, over an event stream or a WebSocket: the visitor's side
 * and the peer's. Every read goes through the module's facade with the reader's rights.
 */
@Component
class ChatFeeds {

    private final VisitorChats visitors;
    private final PeerConsole console;
    private final ChatWords words;
    private final ChatStreams streams;

    ChatFeeds(VisitorChats visitors, PeerConsole console, ChatWords words, ChatStreams streams) {
        this.visitors = visitors;
        this.console = console;
        this.words = words;
        this.streams = streams;
    }

    SseEmitter visitor(ChatId id, String secret, String lastEventId, Long after, Locale locale) {
        return streams.open(sink -> visitor(id, secret, LastSeen.of(lastEventId, after), locale, sink));
    }

    /** @return what to run once the sink has closed */
    Runnable visitor(ChatId id, String secret, long lastSeen, Locale locale, ChatStreams.Sink sink) {
        ZoneId zone = ZoneId.of(visitors.open(id, secret).line().timezone());
        return streams.attach(
                sink,
                lastSeen,
                from -> words.shown(visitors.after(id, secret, from), zone, locale, false),
                () -> words.forVisitor(visitors.state(id, secret), locale),
                news -> visitors.listen(id, secret, news));
    }

    SseEmitter peer(ChatId id, String lastEventId, Long after, Locale locale) {
        return streams.open(sink -> peer(id, LastSeen.of(lastEventId, after), locale, sink));
    }

    /** @return what to run once the sink has closed */
    Runnable peer(ChatId id, long lastSeen, Locale locale, ChatStreams.Sink sink) {
        ZoneId zone = ZoneId.of(console.chat(id).timezone());
        return streams.attach(
                sink,
                lastSeen,
                from -> words.shown(console.after(id, from), zone, locale, true),
                () -> words.forPeer(console.state(id).status(), locale),
                news -> console.listen(id, news));
    }
}
