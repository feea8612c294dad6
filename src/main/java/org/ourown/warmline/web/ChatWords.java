package org.ourown.warmline.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ourown.warmline.ChatMessage;
import org.ourown.warmline.ChatState;
import org.ourown.warmline.ChatStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Messages and states in the reader's words. A system message is stored as a message key, never as prose. */
@Component
class ChatWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    ChatWords(MessageSource messages) {
        this.messages = messages;
    }

    /** @param peerSide the reader is the peer: their own messages read "You", the visitor's "Visitor" */
    List<ShownMessage> shown(List<ChatMessage> list, ZoneId zone, Locale locale, boolean peerSide) {
        return list.stream().map(m -> shown(m, zone, locale, peerSide)).toList();
    }

    /** For the API: the message as stored, a system notice in the reader's words. */
    List<ChatMessage> inWords(List<ChatMessage> list, Locale locale) {
        return list.stream()
                .map(m -> new ChatMessage(m.id(), m.sender(), body(m, locale), m.sentAt()))
                .toList();
    }

    private String body(ChatMessage m, Locale locale) {
        return m.sender() == ChatMessage.Sender.SYSTEM ? messages.getMessage(m.body(), null, locale) : m.body();
    }

    private ShownMessage shown(ChatMessage m, ZoneId zone, Locale locale, boolean peerSide) {
        String body = body(m, locale);
        String who = messages.getMessage(
                "warmline.sender." + (peerSide ? "peerSide." : "visitorSide.") + m.sender(), null, locale);
        return new ShownMessage(
                m.id(), m.sender().name(), who, body, TIME.format(m.sentAt().atZone(zone)));
    }

    ChatStreams.StatusWords forVisitor(ChatState state, Locale locale) {
        String text = switch (state.status()) {
            case WAITING ->
                state.roughWaitMinutes() > 0
                        ? messages.getMessage(
                                "warmline.state.waitingFor",
                                new Object[] {state.queuePosition(), state.roughWaitMinutes()},
                                locale)
                        : messages.getMessage("warmline.state.waiting", new Object[] {state.queuePosition()}, locale);
            case ACTIVE -> messages.getMessage("warmline.state.active", null, locale);
            case ENDED -> messages.getMessage("warmline.state.ended", null, locale);
            case LEFT -> messages.getMessage("warmline.state.left", null, locale);
        };
        return new ChatStreams.StatusWords(text, !state.status().isOpen(), state.status() == ChatStatus.WAITING);
    }

    ChatStreams.StatusWords forPeer(ChatStatus status, Locale locale) {
        String key = switch (status) {
            case WAITING, ACTIVE -> "warmline.peerState.active";
            case ENDED -> "warmline.peerState.ended";
            case LEFT -> "warmline.peerState.left";
        };
        return new ChatStreams.StatusWords(
                messages.getMessage(key, null, locale), !status.isOpen(), status == ChatStatus.WAITING);
    }
}
