package org.ourown.members.internal;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ourown.accounts.Accounts;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.OrganizationCard;
import org.ourown.accounts.Organizations;
import org.ourown.accounts.Role;
import org.ourown.accounts.Supporter;
import org.ourown.audit.AuditEntryView;
import org.ourown.audit.AuditTrail;
import org.ourown.members.AccessLog;
import org.ourown.members.AccessLogEntry;
import org.ourown.members.Purpose;
import org.ourown.shared.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail's entries about the member and says who did what in names the member knows. */
@Service
@Transactional(readOnly = true)
class AccessLogBook implements AccessLog {

    private final RecordAccess access;
    private final AuditTrail trail;
    private final Accounts accounts;
    private final Organizations organizations;

    AccessLogBook(RecordAccess access, AuditTrail trail, Accounts accounts, Organizations organizations) {
        this.access = access;
        this.trail = trail;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @Override
    public Paging<AccessLogEntry> mine(int page, int size) {
        MembershipRow me = access.own();
        Paging<AuditEntryView> entries =
                trail.aboutPerson(me.id().value(), CurrentUser.require().id().value(), page, size);
        OrganizationCard organization = organizations.cards().stream()
                .filter(card -> card.id().equals(me.organization()))
                .findFirst()
                .orElseThrow();
        ZoneId zone = ZoneId.of(organization.timezone());
        // Only staff of the member's own organization ever read a record, so its staff list names them all.
        Map<UUID, String> names = accounts.supporters().stream()
                .collect(Collectors.toMap(s -> s.id().value(), Supporter::displayName, (a, b) -> a));
        List<AccessLogEntry> items = entries.items().stream()
                .map(e -> new AccessLogEntry(
                        e.at(),
                        e.at().atZone(zone).toLocalDate(),
                        names.getOrDefault(e.actorId(), e.actorName()),
                        roles(e.actorRoles()),
                        organization.name(),
                        e.action(),
                        e.recordType(),
                        purpose(e.purpose())))
                .toList();
        return new Paging<>(items, entries.page(), entries.size(), entries.total());
    }

    private static List<Role> roles(String names) {
        if (names == null || names.isBlank()) {
            return List.of();
        }
        Map<String, Role> known =
                Arrays.stream(Role.values()).collect(Collectors.toMap(Role::name, Function.identity()));
        return Arrays.stream(names.split(","))
                .map(known::get)
                .filter(role -> role != null && role != Role.MEMBER)
                .sorted()
                .toList();
    }

    private static Purpose purpose(String name) {
        return Arrays.stream(Purpose.values())
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
