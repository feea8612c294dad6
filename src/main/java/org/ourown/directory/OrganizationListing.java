package org.ourown.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An organization as its public page shows it, with its services. */
public record OrganizationListing(
        UUID id,
        String name,
        String alternateName,
        String description,
        String email,
        String website,
        PeerRunStatus status,
        PeerRunFacts facts,
        List<SearchHit> services,
        LocalDate lastVerified) {}
