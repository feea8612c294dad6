package org.ourown.warmline;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.springframework.stereotype.Component;

/** Lines, visitors' chats and peers' chats for tests, made through the module's own facades. */
@Component
public class WarmlineFixtures {

    private final TestTenants tenants;
    private final Lines lines;
    private final VisitorChats visitors;
    private final PeerConsole console;

    WarmlineFixtures(TestTenants tenants, Lines lines, VisitorChats visitors, PeerConsole console) {
        this.tenants = tenants;
        this.lines = lines;
        this.visitors = visitors;
        this.console = console;
    }

    public record Line(LineId id, String slug, OrganizationId organization) {}

    public record VisitorChat(ChatId id, String secret, String visitor) {}

    /** A line open all day every day, or (with {@code open} false) one with no hours at all. */
    public Line line(OrganizationId organization, boolean open) {
        return line(organization, open, Retention.ON_END);
    }

    public Line line(OrganizationId organization, boolean open, Retention retention) {
        StaffView coordinator = tenants.person(organization, Role.COORDINATOR);
        String slug = "line-" + UUID.randomUUID().toString().substring(0, 8);
        List<DayHours> hours = open
                ? Arrays.stream(DayOfWeek.values())
                        .map(day -> new DayHours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
                        .toList()
                : List.of();
        LineId id = TestTenants.as(
                coordinator,
                () -> lines.create(new LineSettings(
                        "Test line " + slug, slug, "555 0100", hours, List.of(), null, 3, 30, retention, List.of())));
        return new Line(id, slug, organization);
    }

    public VisitorChat visitor(Line line) {
        return visitor(line, "visitor-" + UUID.randomUUID());
    }

    public VisitorChat visitor(Line line, String visitorToken) {
        StartOutcome outcome = visitors.start(line.slug(), visitorToken);
        if (outcome.result() != StartOutcome.Result.STARTED) {
            throw new IllegalStateException("Not started: " + outcome.result());
        }
        return new VisitorChat(outcome.chat(), outcome.secret(), visitorToken);
    }

    /**
     * A chat on a fresh open line of that organization, taken by that peer. Chats the peer had open, or that were
     * waiting before it, are ended on the way, so that the peer has room and takes this one.
     */
    public VisitorChat takenBy(StaffView peer) {
        Line line = line(peer.organization(), true);
        VisitorChat chat = visitor(line);
        TestTenants.as(peer, () -> {
            console.presence(true, 5);
            console.console().chats().stream()
                    .filter(c -> c.status() == ChatStatus.ACTIVE)
                    .forEach(c -> console.end(c.id()));
            ChatId taken = console.takeNext().orElseThrow();
            while (!taken.equals(chat.id())) {
                console.end(taken);
                taken = console.takeNext().orElseThrow();
            }
            return taken;
        });
        return chat;
    }

    public ContactRecordId endedBy(StaffView peer) {
        VisitorChat chat = takenBy(peer);
        return TestTenants.as(peer, () -> console.end(chat.id()));
    }
}
