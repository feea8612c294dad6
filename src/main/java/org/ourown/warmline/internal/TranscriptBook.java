package org.ourown.warmline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ourown.accounts.CurrentUser;
import org.ourown.shared.NotFound;
import org.ourown.shared.PersonalDataAccessed;
import org.ourown.shared.PersonalDataAccessed.Action;
import org.ourown.shared.Rejected;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatMessage;
import org.ourown.warmline.RecentChats;
import org.ourown.warmline.TranscriptPurpose;
import org.ourown.warmline.TranscriptView;
import org.ourown.warmline.Transcripts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class TranscriptBook implements Transcripts {

    static final String RECORD_TYPE = "warmline-transcript";

    /** The longest retention a line can have: older chats have no words left to read. */
    private static final Duration RECENT = Duration.ofDays(30);

    private final TranscriptQueries queries;
    private final MessageRows messages;
    private final LineBook lineBook;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TranscriptBook(
            TranscriptQueries queries,
            MessageRows messages,
            LineBook lineBook,
            ApplicationEventPublisher events,
            Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.lineBook = lineBook;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public RecentChats recent() {
        CurrentUser me = CoordinatorAccess.coordinator();
        Instant now = clock.instant();
        return new RecentChats(
                lineBook.zone(me.organization().value()).getId(),
                queries.recent(me.organization().value(), now.minus(RECENT), now).stream()
                        .map(r -> new RecentChats.Chat(
                                r.id(),
                                r.lineName(),
                                r.status(),
                                r.peerName(),
                                r.queuedAt(),
                                r.endedAt(),
                                r.kept(now),
                                r.blocked()))
                        .toList());
    }

    @Override
    @Transactional(readOnly = true)
    public TranscriptView about(ChatId id) {
        return view(own(id), List.of());
    }

    @Override
    public TranscriptView read(ChatId id, TranscriptPurpose purpose) {
        TranscriptQueries.Row row = own(id);
        if (purpose == null) {
            throw new Rejected("purpose", "warmline.transcript.purpose.missing");
        }
        if (!row.kept(clock.instant())) {
            return view(row, List.of());
        }
        events.publishEvent(new PersonalDataAccessed(
                row.organization(), RECORD_TYPE, id.toString(), null, Action.READ, purpose.name()));
        return view(row, messages.after(id, 0));
    }

    /** A chat of the coordinator's own organization; any other id is NotFound. */
    private TranscriptQueries.Row own(ChatId id) {
        CurrentUser me = CoordinatorAccess.coordinator();
        return queries.find(id, clock.instant())
                .filter(r -> r.organization().equals(me.organization().value()))
                .orElseThrow(() -> new NotFound("chat"));
    }

    private TranscriptView view(TranscriptQueries.Row row, List<ChatMessage> words) {
        Instant now = clock.instant();
        return new TranscriptView(
                row.id(),
                row.lineName(),
                lineBook.zone(row.organization()).getId(),
                row.status(),
                row.peerName(),
                row.queuedAt(),
                row.answeredAt(),
                row.endedAt(),
                row.retention(),
                row.kept(now),
                row.keptUntil(),
                words);
    }
}
