package org.ourown.members;

/** Whom a consent names: one person on staff, everyone on staff at the member's organization, or another one. */
public enum GranteeKind {
    PERSON,
    MY_ORGANIZATION,
    OTHER_ORGANIZATION
}
