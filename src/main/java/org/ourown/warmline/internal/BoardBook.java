package org.ourown.warmline.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.ourown.warmline.BoardView;
import org.ourown.warmline.LineBoard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class BoardBook implements LineBoard {

    private final BoardQueries queries;
    private final LineBook lineBook;
    private final Clock clock;

    BoardBook(BoardQueries queries, LineBook lineBook, Clock clock) {
        this.queries = queries;
        this.lineBook = lineBook;
        this.clock = clock;
    }

    @Override
    public BoardView board() {
        UUID organization = CoordinatorAccess.coordinator().organization().value();
        ZoneId zone = lineBook.zone(organization);
        Instant now = clock.instant();
        Instant midnight = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        List<BoardView.LineNow> lines = queries.lines(organization, midnight, now);
        BoardView.LineNow total = new BoardView.LineNow(
                "",
                lines.stream().mapToInt(BoardView.LineNow::waiting).sum(),
                lines.stream()
                        .mapToLong(BoardView.LineNow::longestWaitMinutes)
                        .max()
                        .orElse(0),
                lines.stream().mapToInt(BoardView.LineNow::activeChats).sum(),
                lines.stream().mapToInt(BoardView.LineNow::contactsToday).sum(),
                lines.stream().mapToInt(BoardView.LineNow::answeredToday).sum(),
                lines.stream().mapToInt(BoardView.LineNow::leftToday).sum());
        return new BoardView(now, zone.getId(), lines, total, queries.peers(organization));
    }
}
