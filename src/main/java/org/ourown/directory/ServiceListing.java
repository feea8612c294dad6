package org.ourown.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A service as its public page shows it. */
public record ServiceListing(
        UUID id,
        String name,
        String alternateName,
        String description,
        String status,
        String url,
        String email,
        OrganizationSummary organization,
        List<ServiceKind> kinds,
        List<Phone> phones,
        List<Place> places,
        List<Hours> hours,
        List<Closed> closures,
        List<String> languages,
        Capacity capacity,
        OpenState open,
        String applicationProcess,
        String fees,
        String eligibility,
        String timezone,
        LocalDate lastVerified,
        Instant lastModified) {

    /** The badge this service shows: a peer respite may be peer-run by the respite rule even in a hybrid. */
    public PeerRunStatus peerStatus() {
        return kinds.contains(ServiceKind.PEER_RESPITE) ? organization.facts().respiteStatus() : organization.status();
    }

    public record OrganizationSummary(UUID id, String name, PeerRunStatus status, PeerRunFacts facts) {}

    public record Phone(String number, String extension, String type, String description, List<String> languages) {}

    public record Place(
            UUID id,
            String name,
            String type,
            String url,
            String address1,
            String address2,
            String city,
            String state,
            String postalCode,
            Double latitude,
            Double longitude,
            List<String> accessibility) {

        public boolean virtual() {
            return "virtual".equals(type);
        }
    }

    /**
     * One line of opening hours. Weekly: {@code weekOfMonth} null. Monthly: 1–5, or -1 for the last. Both times null:
     * open all day. A closing time at or before the opening time is the next morning.
     */
    public record Hours(UUID id, Set<DayOfWeek> days, Integer weekOfMonth, LocalTime opensAt, LocalTime closesAt) {}

    public record Closed(LocalDate from, LocalDate to, String reason) {}

    public record Capacity(int available, Integer maximum, String unit, Instant updated) {}
}
