package org.ourown.warmline.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ourown.accounts.CurrentUser;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.ourown.warmline.Channel;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatMessage;
import org.ourown.warmline.ChatState;
import org.ourown.warmline.ChatStatus;
import org.ourown.warmline.ConsoleView;
import org.ourown.warmline.ContactRecordId;
import org.ourown.warmline.LineView;
import org.ourown.warmline.PeerChatView;
import org.ourown.warmline.PeerConsole;
import org.ourown.warmline.Subscription;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class Console implements PeerConsole {

    /**
     * A waiting visitor's page with its script checks in every 15 seconds; one without script when it is reloaded.
     * After this long without a sign the visitor has gone.
     */
    static final Duration VANISHED = Duration.ofMinutes(10);

    private final ChatRows chats;
    private final LineRows lines;
    private final LineBook lineBook;
    private final MessageRows messages;
    private final ChatMessages posting;
    private final PresenceRows presence;
    private final ContactRecordRows records;
    private final ConsoleQueries queries;
    private final MessageDelivery delivery;
    private final ChatReads reads;
    private final Clock clock;

    Console(
            ChatRows chats,
            LineRows lines,
            LineBook lineBook,
            MessageRows messages,
            ChatMessages posting,
            PresenceRows presence,
            ContactRecordRows records,
            ConsoleQueries queries,
            MessageDelivery delivery,
            ChatReads reads,
            Clock clock) {
        this.chats = chats;
        this.lines = lines;
        this.lineBook = lineBook;
        this.messages = messages;
        this.posting = posting;
        this.presence = presence;
        this.records = records;
        this.queries = queries;
        this.delivery = delivery;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ConsoleView console() {
        CurrentUser me = PeerAccess.peer();
        UUID organization = me.organization().value();
        PresenceRows.Presence mine = presence.of(me.id().value());
        Map<UUID, String> names = lines.of(organization).stream()
                .collect(Collectors.toMap(
                        row -> row.id().value(), row -> row.settings().name()));
        return new ConsoleView(
                mine.available(),
                mine.capacity(),
                queries.queue(organization),
                queries.chatsOf(me.id().value()),
                records.draftsOf(me.id().value()).stream()
                        .map(r -> new ConsoleView.RecordToFinish(
                                r.id(), names.getOrDefault(r.line().value(), ""), r.channel(), r.queuedAt()))
                        .toList(),
                lines.of(organization).stream()
                        .map(row -> new ConsoleView.LineChoice(
                                row.id(), row.settings().name()))
                        .toList());
    }

    @Override
    public void presence(boolean available, int capacity) {
        CurrentUser me = PeerAccess.peer();
        if (capacity < 1 || capacity > 5) {
            throw new Rejected("capacity", "warmline.console.capacity.range");
        }
        presence.set(me.id().value(), me.organization().value(), available, capacity, clock.instant());
    }

    @Override
    public Optional<ChatId> takeNext() {
        CurrentUser me = PeerAccess.peer();
        PresenceRows.Presence mine = presence.of(me.id().value());
        if (!mine.available()) {
            throw new Rejected("available", "warmline.console.away");
        }
        if (chats.activeOf(me.id().value()) >= mine.capacity()) {
            throw new Rejected("capacity", "warmline.console.full");
        }
        UUID organization = me.organization().value();
        // A visitor who closed the page while waiting is not handed to a peer: their chat is abandoned.
        chats.vanished(organization, clock.instant().minus(VANISHED))
                .forEach(chat -> posting.close(chat, ChatStatus.LEFT));
        Optional<ChatId> taken = chats.takeOldest(organization, me.id().value(), me.displayName(), clock.instant());
        taken.flatMap(chats::find).ifPresent(posting::joined);
        // Everyone still waiting moves up one place.
        taken.ifPresent(id -> chats.waiting(organization).forEach(delivery::announce));
        return taken;
    }

    @Override
    @Transactional(readOnly = true)
    public PeerChatView chat(ChatId id) {
        ChatRows.Row chat = mine(id);
        LineView line = lineBook.view(lines.find(chat.line()).orElseThrow(() -> new NotFound("chat")));
        return new PeerChatView(
                id,
                line.name(),
                line.timezone(),
                chat.status(),
                chat.queuedAt(),
                chat.answeredAt(),
                line.chatGuideMinutes(),
                line.crisisResources(),
                records.ofChat(id).orElse(null),
                messages.after(id, 0));
    }

    @Override
    @Transactional(readOnly = true)
    public ChatState state(ChatId id) {
        return ChatState.of(mine(id).status());
    }

    /** One statement, no transaction: asked on every news by the peer's stream. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<ChatMessage> after(ChatId id, long afterId) {
        CurrentUser me = PeerAccess.peer();
        return reads.after(id, afterId)
                .filter(read -> isMine(read.chat(), me))
                .orElseThrow(() -> new NotFound("chat"))
                .messages();
    }

    /** One statement, no transaction around it (see {@link MessageRows#post}). */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public ChatMessage post(ChatId id, String body) {
        CurrentUser me = PeerAccess.peer();
        return posting.post(
                id,
                MessageRows.Writer.peer(me.organization().value(), me.id().value()),
                chat -> isMine(chat, me),
                body);
    }

    @Override
    public ContactRecordId end(ChatId id) {
        ChatRows.Row chat = mine(id);
        posting.close(chat, ChatStatus.ENDED);
        ChatRows.Row ended = chats.find(id).orElseThrow();
        return records.ofChat(id)
                .orElseGet(() -> records.insert(
                        chat.organization(),
                        chat.line(),
                        id,
                        chat.peer(),
                        Channel.CHAT,
                        chat.queuedAt(),
                        chat.answeredAt(),
                        ended.endedAt(),
                        clock.instant()));
    }

    @Override
    public Subscription listen(ChatId id, Runnable news) {
        mine(id);
        return delivery.listen(id, news);
    }

    /** A chat this peer took; another peer's, another organization's or a made-up id are all NotFound. */
    private ChatRows.Row mine(ChatId id) {
        CurrentUser me = PeerAccess.peer();
        return chats.find(id).filter(chat -> isMine(chat, me)).orElseThrow(() -> new NotFound("chat"));
    }

    private static boolean isMine(ChatRows.Row chat, CurrentUser me) {
        return chat.organization().equals(me.organization().value())
                && me.id().value().equals(chat.peer());
    }
}
