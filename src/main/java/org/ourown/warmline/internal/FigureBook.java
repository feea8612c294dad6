package org.ourown.warmline.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.Role;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.ourown.warmline.Figures;
import org.ourown.warmline.FiguresQuery;
import org.ourown.warmline.WarmlineFigures;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional(readOnly = true)
class FigureBook implements WarmlineFigures {

    private final FigureQueries queries;
    private final LineRows lines;
    private final LineBook lineBook;
    private final Clock clock;

    FigureBook(FigureQueries queries, LineRows lines, LineBook lineBook, Clock clock) {
        this.queries = queries;
        this.lines = lines;
        this.lineBook = lineBook;
        this.clock = clock;
    }

    @Override
    public Figures figures(@Valid FiguresQuery query) {
        UUID organization = coordinator().organization().value();
        List<LineRows.Row> chosen = lines.of(organization).stream()
                .filter(row -> query.line() == null || row.id().equals(query.line()))
                .toList();
        if (query.line() != null && chosen.isEmpty()) {
            throw new NotFound("line");
        }
        if (query.to().isBefore(query.from())) {
            throw new Rejected("to", "warmline.figures.range.order");
        }
        if (ChronoUnit.DAYS.between(query.from(), query.to()) >= FiguresQuery.MAX_DAYS) {
            throw new Rejected("to", "warmline.figures.range.tooLong");
        }
        ZoneId zone = lineBook.zone(organization);
        FigureQueries.Range range = new FigureQueries.Range(
                organization, chosen.stream().map(LineRows.Row::id).toList(), query.from(), query.to(), zone);
        FigureSheet sheet = new FigureSheet(query.from(), query.to());
        chosen.forEach(row -> sheet.line(row.id()));
        if (!chosen.isEmpty()) {
            queries.contacts(range).forEach(sheet::contacts);
            queries.times(range).forEach(sheet::times);
            queries.tallies(range).forEach(sheet::tally);
            queries.feelings(range).forEach(sheet::feelings);
        }
        return new Figures(
                query.from(),
                query.to(),
                zone.getId(),
                chosen.stream()
                        .map(row ->
                                new Figures.LineFigures(row.id(), row.settings().name(), sheet.shown(row.id())))
                        .toList());
    }

    @Override
    public FiguresQuery lastFourWeeks() {
        UUID organization = coordinator().organization().value();
        return FiguresQuery.lastDays(LocalDate.now(clock.withZone(lineBook.zone(organization))));
    }

    private static CurrentUser coordinator() {
        CurrentUser me = CurrentUser.require();
        if (me.organization() == null || !(me.has(Role.COORDINATOR) || me.has(Role.ADMIN))) {
            throw new AccessDeniedException("Figures are for coordinators and admins");
        }
        return me;
    }
}
