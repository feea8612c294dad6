package org.ourown.warmline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.ourown.warmline.ChatId;
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

    /**
     * Posts into a chat the writer may write to: its row is read and locked in one statement (see
     * {@link ChatRows#lockForPost}), with the writer's recent messages counted.
     *
     * @param allowed whether the writer may see this chat; if not, or if there is no such chat, {@link NotFound}
     */
    ChatMessage post(ChatId id, Predicate<ChatRows.Row> allowed, Sender sender, String body) {
        Instant now = clock.instant();
        ChatRows.Locked locked = chats.lockForPost(id, sender, now.minus(BURST_WINDOW))
                .filter(found -> allowed.test(found.chat()))
                .orElseThrow(() -> new NotFound("chat"));
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new Rejected("body", "warmline.message.empty");
        }
        if (text.length() > ChatMessage.MAX_LENGTH) {
            throw new Rejected("body", "warmline.message.tooLong");
        }
        if (!locked.chat().status().isOpen()) {
            throw new Rejected("body", "warmline.message.chatOver");
        }
        if (locked.recent() >= BURST) {
            throw new Rejected("body", "warmline.message.tooFast");
        }
        var channel = delivery.channel();
        ChatMessage message = messages.insert(id, sender, text, now, channel.orElse(null));
        if (channel.isEmpty()) {
            delivery.announce(id);
        }
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
