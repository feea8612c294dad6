package org.ourown.members;

import org.ourown.shared.Rejected;

/** A referral to an organization the member has not named in an active consent. */
public class NoConsentForOrganization extends Rejected {

    private final String organizationName;

    public NoConsentForOrganization(String organizationName) {
        super("service", "referral.consent.missing", organizationName);
        this.organizationName = organizationName;
    }

    public String organizationName() {
        return organizationName;
    }
}
