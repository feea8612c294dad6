package org.ourown.audit;

import org.ourown.shared.Paging;

/** Reading the trail. Writing happens only through {@link org.ourown.shared.PersonalDataAccessed} events. */
public interface AuditTrail {

    /** The entries of the signed-in admin's organization (the deployment's own for a network admin), newest first. */
    Paging<AuditEntryView> entries(int page, int size);

    /** Re-computes the signed-in admin's chain and names the first broken link, if any. */
    ChainCheck verify();
}
