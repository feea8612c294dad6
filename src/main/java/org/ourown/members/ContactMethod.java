package org.ourown.members;

/** How, and whether, a member wants to be contacted. */
public enum ContactMethod {
    NONE,
    PHONE,
    TEXT,
    EMAIL,
    PREFER_NOT_TO_SAY
}
