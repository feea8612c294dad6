package org.ourown.accounts;

/** What anyone may know of an organization: its name, its address in links, and its timezone. */
public record OrganizationCard(OrganizationId id, String name, String slug, String timezone) {}
