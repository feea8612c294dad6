package org.ourown.accounts;

import java.time.Instant;
import java.util.List;

public record OrganizationView(
        OrganizationId id, String name, String slug, String timezone, List<String> languages, Instant createdAt) {}
