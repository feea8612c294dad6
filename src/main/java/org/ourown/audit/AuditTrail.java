package org.ourown.audit;

import org.ourown.shared.Paging;

/** Reading the trail. Writing happens only through {@link org.ourown.shared.PersonalDataAccessed} events. */
public interface AuditTrail {

    /** The entries of the signed-in admin's organization (the deployment's own for a network admin), newest first. */
    Paging<AuditEntryView> entries(int page, int size);

    /**
     * What others did with one person's records, newest first: the entries of the signed-in person's organization
     * about that person, leaving out those written by {@code excludingActor} (the person themselves) and those with
     * nobody signed in. This is what a member reads as their access log.
     */
    Paging<AuditEntryView> aboutPerson(java.util.UUID personId, java.util.UUID excludingActor, int page, int size);

    /** Re-computes the signed-in admin's chain and names the first broken link, if any. */
    ChainCheck verify();
}
