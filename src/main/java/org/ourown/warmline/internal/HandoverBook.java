package org.ourown.warmline.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ourown.accounts.AccountId;
import org.ourown.accounts.Accounts;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.Role;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.ourown.warmline.ChatHandovers;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatMessage.Sender;
import org.ourown.warmline.ChatStatus;
import org.ourown.warmline.HandoverView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class HandoverBook implements ChatHandovers {

    static final String PASSED_ON = "warmline.system.passedOn";

    private final ChatRows chats;
    private final HandoverRows handovers;
    private final RecognitionRows recognition;
    private final MessageRows messages;
    private final MessageDelivery delivery;
    private final LineBook lineBook;
    private final Accounts accounts;
    private final Clock clock;

    HandoverBook(
            ChatRows chats,
            HandoverRows handovers,
            RecognitionRows recognition,
            MessageRows messages,
            MessageDelivery delivery,
            LineBook lineBook,
            Accounts accounts,
            Clock clock) {
        this.chats = chats;
        this.handovers = handovers;
        this.recognition = recognition;
        this.messages = messages;
        this.delivery = delivery;
        this.lineBook = lineBook;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public HandoverView handover(ChatId id) {
        CurrentUser me = PeerAccess.peer();
        ChatRows.Row chat = mine(me, id);
        boolean open = chat.status().isOpen();
        return new HandoverView(
                open ? handovers.note(id).orElse(null) : null,
                recognition.hashOf(id).isPresent(),
                recognition.earlier(id, chat.organization()),
                open ? peersWithRoom(me) : List.of(),
                lineBook.zone(chat.organization()).getId());
    }

    @Override
    public void transfer(ChatId id, AccountId to, String note) {
        CurrentUser me = PeerAccess.peer();
        ChatRows.Row chat = active(me, id);
        String text = note(note);
        HandoverView.PeerChoice peer = peersWithRoom(me).stream()
                .filter(p -> p.id().equals(to))
                .findFirst()
                .orElseThrow(() -> new Rejected("to", "warmline.handover.peerBusy"));
        if (!handovers.transfer(id, me.id().value(), to.value(), peer.name(), text)) {
            throw new NotFound("chat");
        }
        passedOn(chat);
    }

    @Override
    public void backToQueue(ChatId id, String note) {
        CurrentUser me = PeerAccess.peer();
        ChatRows.Row chat = active(me, id);
        if (!handovers.requeue(id, me.id().value(), note(note), clock.instant())) {
            throw new NotFound("chat");
        }
        passedOn(chat);
        // Everyone waiting may have moved down a place.
        chats.waiting(chat.organization()).forEach(delivery::announce);
    }

    private void passedOn(ChatRows.Row chat) {
        messages.insert(chat.id(), Sender.SYSTEM, PASSED_ON, clock.instant());
        delivery.announce(chat.id());
    }

    private List<HandoverView.PeerChoice> peersWithRoom(CurrentUser me) {
        Set<UUID> withRoom = Set.copyOf(handovers.withRoom(me.organization().value()));
        return accounts.supporters().stream()
                .filter(s -> s.roles().contains(Role.PEER))
                .filter(s -> withRoom.contains(s.id().value()) && !s.id().equals(me.id()))
                .map(s -> new HandoverView.PeerChoice(s.id(), s.displayName()))
                .toList();
    }

    private static String note(String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new Rejected("note", "warmline.handover.note.size");
        }
        return text.isEmpty() ? null : text;
    }

    private ChatRows.Row active(CurrentUser me, ChatId id) {
        ChatRows.Row chat = mine(me, id);
        if (chat.status() != ChatStatus.ACTIVE) {
            throw new Rejected("to", "warmline.handover.over");
        }
        return chat;
    }

    /** Only the peer holding the chat; anyone else, or another organization, is NotFound. */
    private ChatRows.Row mine(CurrentUser me, ChatId id) {
        return chats.find(id)
                .filter(chat -> chat.organization().equals(me.organization().value()))
                .filter(chat -> me.id().value().equals(chat.peer()))
                .orElseThrow(() -> new NotFound("chat"));
    }
}
