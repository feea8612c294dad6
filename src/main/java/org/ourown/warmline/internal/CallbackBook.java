package org.ourown.warmline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ourown.accounts.CurrentUser;
import org.ourown.shared.NotFound;
import org.ourown.shared.PersonalDataAccessed;
import org.ourown.shared.PersonalDataAccessed.Action;
import org.ourown.shared.Rejected;
import org.ourown.warmline.CallbackId;
import org.ourown.warmline.CallbackList;
import org.ourown.warmline.CallbackOffer;
import org.ourown.warmline.CallbackOutcome;
import org.ourown.warmline.CallbackRequest;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatStatus;
import org.ourown.warmline.CheckInCallbacks;
import org.ourown.warmline.ContactRecordId;
import org.ourown.warmline.LineId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CallbackBook implements CheckInCallbacks {

    static final String RECORD_TYPE = "warmline-callback";

    /** A visitor may still ask this long after their chat ended. */
    static final Duration JUST_OVER = Duration.ofHours(2);

    private final ChatRows chats;
    private final LineRows lines;
    private final LineBook lineBook;
    private final CallbackRows callbacks;
    private final ContactRecordRows records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallbackBook(
            ChatRows chats,
            LineRows lines,
            LineBook lineBook,
            CallbackRows callbacks,
            ContactRecordRows records,
            ApplicationEventPublisher events,
            Clock clock) {
        this.chats = chats;
        this.lines = lines;
        this.lineBook = lineBook;
        this.callbacks = callbacks;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public CallbackOffer offer(ChatId id, String secret) {
        ChatRows.Row chat = VisitorSecret.chat(chats, id, secret);
        LineRows.Row line = lines.find(chat.line()).orElseThrow(() -> new NotFound("chat"));
        List<CallbackOffer.Window> asked = callbacks.ofChat(id).stream()
                .map(c -> new CallbackOffer.Window(c.windowStart(), c.windowEnd()))
                .toList();
        return new CallbackOffer(
                id,
                line.settings().name(),
                line.settings().slug(),
                lineBook.zone(chat.organization()).getId(),
                lineBook.view(line).crisisResources(),
                mayAsk(chat),
                asked);
    }

    @Override
    public CallbackId request(ChatId id, String secret, CallbackRequest request) {
        ChatRows.Row chat = VisitorSecret.chat(chats, id, secret);
        if (!mayAsk(chat)) {
            throw new Rejected("phone", "warmline.callback.closed");
        }
        CallbackWindow window = CallbackWindow.of(request, lineBook.zone(chat.organization()), clock.instant());
        return save(chat.organization(), chat.line(), id, request, window);
    }

    @Override
    public CallbackId requestForCaller(ContactRecordId id, CallbackRequest request) {
        CurrentUser me = PeerAccess.peer();
        ContactRecordRows.Row record = records.find(id)
                .filter(r -> r.organization().equals(me.organization().value()))
                .filter(r -> r.peer().equals(me.id().value()))
                .orElseThrow(() -> new NotFound("contact record"));
        CallbackWindow window = CallbackWindow.of(request, lineBook.zone(record.organization()), clock.instant());
        return save(record.organization(), record.line(), record.chat(), request, window);
    }

    private CallbackId save(UUID organization, LineId line, ChatId chat, CallbackRequest request, CallbackWindow at) {
        CallbackId callback = new CallbackId(UUID.randomUUID());
        callbacks.insert(
                callback, organization, line, chat, request.phone().strip(), at.start(), at.end(), clock.instant());
        events.publishEvent(
                new PersonalDataAccessed(organization, RECORD_TYPE, callback.toString(), null, Action.CREATE, null));
        return callback;
    }

    @Override
    public CallbackList open() {
        CurrentUser me = PeerAccess.peer();
        Instant now = clock.instant();
        ZoneId zone = lineBook.zone(me.organization().value());
        List<CallbackList.Callback> due = new ArrayList<>();
        List<CallbackList.Callback> overdue = new ArrayList<>();
        List<CallbackList.Callback> upcoming = new ArrayList<>();
        for (CallbackRows.Row row : callbacks.open(me.organization().value())) {
            String lineName =
                    lines.find(row.line()).map(l -> l.settings().name()).orElse("");
            var shown = new CallbackList.Callback(
                    row.id(), lineName, zone.getId(), row.phone(), row.windowStart(), row.windowEnd());
            (row.windowEnd().isBefore(now) ? overdue : row.windowStart().isAfter(now) ? upcoming : due).add(shown);
            events.publishEvent(new PersonalDataAccessed(
                    row.organization(), RECORD_TYPE, row.id().toString(), null, Action.READ, null));
        }
        return new CallbackList(due, overdue, upcoming);
    }

    @Override
    public void complete(CallbackId id, CallbackOutcome outcome) {
        CurrentUser me = PeerAccess.peer();
        CallbackRows.Row row = callbacks
                .find(id)
                .filter(c -> c.organization().equals(me.organization().value()))
                .orElseThrow(() -> new NotFound("callback"));
        if (outcome == null) {
            throw new Rejected("outcome", "warmline.callback.outcome.required");
        }
        if (!callbacks.complete(id, outcome, me.id().value(), clock.instant())) {
            throw new Rejected("outcome", "warmline.callback.alreadyDone");
        }
        events.publishEvent(
                new PersonalDataAccessed(row.organization(), RECORD_TYPE, id.toString(), null, Action.ERASE, null));
    }

    private boolean mayAsk(ChatRows.Row chat) {
        if (chat.status() == ChatStatus.ACTIVE) {
            return true;
        }
        return !chat.status().isOpen()
                && chat.answeredAt() != null
                && chat.endedAt() != null
                && chat.endedAt().isAfter(clock.instant().minus(JUST_OVER));
    }
}
