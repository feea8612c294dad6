package org.ourown.accounts;

/** What a person may do in their organization; {@link #NETWORK_ADMIN} runs the whole deployment. */
public enum Role {
    MEMBER,
    PEER,
    COORDINATOR,
    ADMIN,
    NETWORK_ADMIN;

    public boolean isStaff() {
        return this != MEMBER;
    }
}
