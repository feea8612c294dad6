package org.ourown.members;

/** How a one-to-one support session happened. */
public enum SessionKind {
    IN_PERSON,
    PHONE,
    VIDEO,
    TEXT_CHAT,
    ACCOMPANYING
}
