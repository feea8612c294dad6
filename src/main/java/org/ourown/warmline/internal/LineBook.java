package org.ourown.warmline.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.OrganizationCard;
import org.ourown.accounts.Organizations;
import org.ourown.accounts.Role;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.ourown.warmline.LineId;
import org.ourown.warmline.LineSettings;
import org.ourown.warmline.LineSettingsView;
import org.ourown.warmline.LineView;
import org.ourown.warmline.Lines;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class LineBook implements Lines {

    /** Addresses under /warmline that are pages of their own, not lines. */
    private static final Set<String> RESERVED = Set.of("lines", "console", "chat");

    private final LineRows rows;
    private final Organizations organizations;
    private final Clock clock;

    LineBook(LineRows rows, Organizations organizations, Clock clock) {
        this.rows = rows;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LineView> all() {
        Map<UUID, OrganizationCard> cards = cards();
        return rows.all().stream().map(row -> view(row, cards)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public LineView bySlug(String slug) {
        return rows.bySlug(slug).map(row -> view(row, cards())).orElseThrow(() -> new NotFound("line"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<LineView> mine() {
        CurrentUser me = coordinator();
        Map<UUID, OrganizationCard> cards = cards();
        return rows.of(me.organization().value()).stream()
                .map(row -> view(row, cards))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public LineSettingsView settings(LineId id) {
        LineRows.Row row = own(id);
        return new LineSettingsView(row.id(), row.settings());
    }

    @Override
    public LineId create(@Valid LineSettings settings) {
        CurrentUser me = coordinator();
        checkSlug(settings.slug(), null);
        LineId id = new LineId(UUID.randomUUID());
        rows.insert(id, me.organization().value(), settings, me.id().value(), clock.instant());
        return id;
    }

    @Override
    public void update(LineId id, @Valid LineSettings settings) {
        own(id);
        checkSlug(settings.slug(), id);
        rows.update(id, settings, CurrentUser.require().id().value(), clock.instant());
    }

    /** A line of the coordinator's own organization; any other id is NotFound. */
    LineRows.Row own(LineId id) {
        CurrentUser me = coordinator();
        return rows.find(id)
                .filter(row -> row.organization().equals(me.organization().value()))
                .orElseThrow(() -> new NotFound("line"));
    }

    LineView view(LineRows.Row row) {
        return view(row, cards());
    }

    ZoneId zone(UUID organization) {
        OrganizationCard card = cards().get(organization);
        return card == null ? ZoneId.of("UTC") : ZoneId.of(card.timezone());
    }

    private LineView view(LineRows.Row row, Map<UUID, OrganizationCard> cards) {
        OrganizationCard card = cards.get(row.organization());
        ZoneId zone = card == null ? ZoneId.of("UTC") : ZoneId.of(card.timezone());
        LineSettings s = row.settings();
        boolean open = new OpeningHours(s.hours(), s.closures()).isOpen(LocalDateTime.now(clock.withZone(zone)));
        return new LineView(
                row.id(),
                card == null ? "" : card.name(),
                zone.getId(),
                s.name(),
                s.slug(),
                s.phone(),
                s.hours(),
                s.closures(),
                s.closedMessage(),
                s.dailyLimit(),
                s.chatGuideMinutes(),
                s.retention(),
                s.crisisResources(),
                open);
    }

    private void checkSlug(String slug, LineId except) {
        if (RESERVED.contains(slug) || rows.slugTaken(slug, except)) {
            throw new Rejected("slug", "warmline.line.slug.taken");
        }
    }

    private Map<UUID, OrganizationCard> cards() {
        return organizations.cards().stream()
                .collect(Collectors.toMap(card -> card.id().value(), Function.identity(), (a, b) -> a));
    }

    private static CurrentUser coordinator() {
        CurrentUser me = CurrentUser.require();
        if (me.organization() == null || !(me.has(Role.COORDINATOR) || me.has(Role.ADMIN))) {
            throw new AccessDeniedException("Coordinators and admins set up lines");
        }
        return me;
    }
}
