package org.ourown.directory;

import java.util.List;
import java.util.UUID;

/** One service in the results, with its nearest location to the place searched (if any). */
public record SearchHit(
        UUID serviceId,
        String name,
        String description,
        UUID organizationId,
        String organizationName,
        PeerRunStatus peerStatus,
        List<ServiceKind> kinds,
        String city,
        String state,
        Double miles,
        boolean inPerson,
        boolean online,
        OpenState open) {}
