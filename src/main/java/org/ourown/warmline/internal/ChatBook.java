package org.ourown.warmline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ourown.shared.NotFound;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatMessage;
import org.ourown.warmline.ChatState;
import org.ourown.warmline.ChatStatus;
import org.ourown.warmline.LineView;
import org.ourown.warmline.StartOutcome;
import org.ourown.warmline.StartOutcome.Result;
import org.ourown.warmline.Subscription;
import org.ourown.warmline.VisitorChatView;
import org.ourown.warmline.VisitorChats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ChatBook implements VisitorChats {

    /** A new chat this soon after the visitor's last one is the same contact, as a dropped call would be. */
    static final Duration SAME_CONTACT = Duration.ofMinutes(10);

    private final LineRows lines;
    private final LineBook lineBook;
    private final ChatRows chats;
    private final MessageRows messages;
    private final MessageDelivery delivery;
    private final ChatMessages posting;
    private final BlockRows blocks;
    private final ChatReads reads;
    private final Clock clock;

    ChatBook(
            LineRows lines,
            LineBook lineBook,
            ChatRows chats,
            MessageRows messages,
            MessageDelivery delivery,
            ChatMessages posting,
            BlockRows blocks,
            ChatReads reads,
            Clock clock) {
        this.lines = lines;
        this.lineBook = lineBook;
        this.chats = chats;
        this.messages = messages;
        this.delivery = delivery;
        this.posting = posting;
        this.blocks = blocks;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    public StartOutcome start(String lineSlug, String visitorToken) {
        LineRows.Row line = lines.bySlug(lineSlug).orElseThrow(() -> new NotFound("line"));
        if (!lineBook.view(line).openNow()) {
            return StartOutcome.refused(Result.CLOSED);
        }
        Instant now = clock.instant();
        String visitor = Secrets.hash(visitorToken);
        if (blocks.inForce(line.organization(), visitor, now)) {
            return StartOutcome.refused(Result.BLOCKED);
        }
        var last = chats.lastOf(line.id(), visitor);
        boolean sameContact = last.map(chat -> chat.status().isOpen()
                        || (chat.endedAt() != null && chat.endedAt().isAfter(now.minus(SAME_CONTACT))))
                .orElse(false);
        if (!sameContact) {
            Instant midnight = LocalDate.now(clock.withZone(lineBook.zone(line.organization())))
                    .atStartOfDay(lineBook.zone(line.organization()))
                    .toInstant();
            if (chats.contactsSince(line.id(), visitor, midnight)
                    >= line.settings().dailyLimit()) {
                return StartOutcome.refused(Result.LIMIT_REACHED);
            }
        }
        // A visitor has one chat at a time on a line: an earlier one still open is left behind.
        last.filter(chat -> chat.status().isOpen()).ifPresent(chat -> posting.close(chat, ChatStatus.LEFT));
        ChatId id = new ChatId(UUID.randomUUID());
        String secret = Secrets.random();
        chats.insert(id, line.id(), line.organization(), Secrets.hash(secret), visitor, !sameContact, now);
        return new StartOutcome(Result.STARTED, id, secret);
    }

    @Override
    public VisitorChatView open(ChatId id, String secret) {
        ChatRows.Row chat = visible(id, secret);
        chats.seen(id, clock.instant());
        LineView line = lineBook.view(lines.find(chat.line()).orElseThrow(() -> new NotFound("chat")));
        return new VisitorChatView(id, line, state(chat, line.chatGuideMinutes()), messages.after(id, 0));
    }

    /** Asked by the visitor's event stream on every news and heartbeat: also a sign that the visitor is there. */
    @Override
    public ChatState state(ChatId id, String secret) {
        ChatRows.Row chat = visible(id, secret);
        if (chat.status() != ChatStatus.WAITING) {
            // Only a waiting visitor's signs count (see ChatRows.seen): no write on every news of a running chat.
            return ChatState.of(chat.status());
        }
        chats.seen(id, clock.instant());
        int guide = lines.find(chat.line())
                .map(l -> l.settings().chatGuideMinutes())
                .orElse(30);
        return state(chat, guide);
    }

    /** A rough wait: each available peer clears about two chats in a chat-length guide. Unknown with nobody on. */
    private ChatState state(ChatRows.Row chat, int guideMinutes) {
        if (chat.status() != ChatStatus.WAITING) {
            return ChatState.of(chat.status());
        }
        int position = chats.position(chat);
        int peers = chats.availablePeers(chat.organization());
        int wait = peers == 0 ? 0 : Math.max(1, position * guideMinutes / (2 * peers));
        return new ChatState(ChatStatus.WAITING, position, wait);
    }

    /** One statement, no transaction: asked on every news by the visitor's stream. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<ChatMessage> after(ChatId id, String secret, long afterId) {
        return reads.after(id, afterId)
                .filter(read -> Secrets.matches(secret, read.chat().secretHash()))
                .orElseThrow(() -> new NotFound("chat"))
                .messages();
    }

    /** One statement, no transaction around it (see {@link MessageRows#post}). */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public ChatMessage post(ChatId id, String secret, String body) {
        if (!Secrets.plausible(secret)) {
            throw new NotFound("chat");
        }
        return posting.post(
                id,
                MessageRows.Writer.visitor(Secrets.hash(secret)),
                chat -> Secrets.matches(secret, chat.secretHash()),
                body);
    }

    @Override
    public void leave(ChatId id, String secret) {
        posting.close(visible(id, secret), ChatStatus.LEFT);
    }

    @Override
    public Subscription listen(ChatId id, String secret, Runnable news) {
        visible(id, secret);
        return delivery.listen(id, news);
    }

    /** The chat, only for the browser that holds its secret; anyone else learns nothing, not even that it exists. */
    private ChatRows.Row visible(ChatId id, String secret) {
        return chats.find(id)
                .filter(chat -> Secrets.matches(secret, chat.secretHash()))
                .orElseThrow(() -> new NotFound("chat"));
    }
}
