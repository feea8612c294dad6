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
     * Posts into a chat the writer may write to, in one statement ({@link MessageRows#post}).
     *
     * @param allowed the same rights as {@code writer}, for words refused before they reach the statement
     * @throws NotFound when there is no such chat or the writer may not see it
     */
    ChatMessage post(ChatId id, MessageRows.Writer writer, Predicate<ChatRows.Row> allowed, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > ChatMessage.MAX_LENGTH) {
            // The chat first: someone else's chat says nothing, not even that the words were wrong.
            chats.find(id).filter(allowed).orElseThrow(() -> new NotFound("chat"));
            throw new Rejected("body", text.isEmpty() ? "warmline.message.empty" : "warmline.message.tooLong");
        }
        Instant now = clock.instant();
        var channel = delivery.channel();
        MessageRows.Posted posted = messages.post(
                        id, writer, text, now, now.minus(BURST_WINDOW), BURST, channel.orElse(null))
                .filter(MessageRows.Posted::allowed)
                .orElseThrow(() -> new NotFound("chat"));
        if (!posted.status().isOpen()) {
            throw new Rejected("body", "warmline.message.chatOver");
        }
        if (posted.id() == null) {
            throw new Rejected("body", "warmline.message.tooFast");
        }
        if (channel.isEmpty()) {
            delivery.announce(id);
        }
        return new ChatMessage(posted.id(), writer.sender(), text, now);
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
