package org.ourown.warmline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.ourown.shared.Rejected;
import org.ourown.warmline.ChatMessage;
import org.ourown.warmline.ChatMessage.Sender;
import org.ourown.warmline.ChatStatus;
import org.ourown.warmline.Retention;
import org.springframework.stereotype.Component;

/** Writing into a chat, for both sides: the limits on a message, and what happens when a chat ends. */
@Component
class ChatMessages {

    /** At most this many messages from one side in {@link #BURST_WINDOW}: enough to type, too few to flood. */
    static final int BURST = 5;

    static final Duration BURST_WINDOW = Duration.ofSeconds(5);

    private final ChatRows chats;
    private final LineRows lines;
    private final MessageRows messages;
    private final MessageDelivery delivery;
    private final Clock clock;

    ChatMessages(ChatRows chats, LineRows lines, MessageRows messages, MessageDelivery delivery, Clock clock) {
        this.chats = chats;
        this.lines = lines;
        this.messages = messages;
        this.delivery = delivery;
        this.clock = clock;
    }

    ChatMessage post(ChatRows.Row chat, Sender sender, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new Rejected("body", "warmline.message.empty");
        }
        if (text.length() > ChatMessage.MAX_LENGTH) {
            throw new Rejected("body", "warmline.message.tooLong");
        }
        if (!chat.status().isOpen() || !messages.lockChat(chat.id())) {
            throw new Rejected("body", "warmline.message.chatOver");
        }
        Instant now = clock.instant();
        if (messages.sentSince(chat.id(), sender, now.minus(BURST_WINDOW)) >= BURST) {
            throw new Rejected("body", "warmline.message.tooFast");
        }
        ChatMessage message = messages.insert(chat.id(), sender, text, now);
        delivery.announce(chat.id());
        return message;
    }

    /** Says so in the chat; with the default retention the words are then gone, the closing notice alone stays. */
    void close(ChatRows.Row chat, ChatStatus to) {
        Instant now = clock.instant();
        if (!chats.close(chat.id(), to, now)) {
            return;
        }
        boolean forget = lines.find(chat.line())
                .map(line -> line.settings().retention() == Retention.ON_END)
                .orElse(true);
        if (forget) {
            messages.forget(chat.id());
        }
        String notice = to == ChatStatus.LEFT ? "warmline.system.visitorLeft" : "warmline.system.ended";
        messages.insert(chat.id(), Sender.SYSTEM, notice, now);
        delivery.announce(chat.id());
    }

    void joined(ChatRows.Row chat) {
        messages.insert(chat.id(), Sender.SYSTEM, "warmline.system.joined", clock.instant());
        delivery.announce(chat.id());
    }
}
