package org.ourown.members;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.ourown.accounts.Supporter;
import org.ourown.directory.Directory.OrganizationName;

/** The member grants and revokes consents; nobody else can. */
public interface Consents {

    /** The signed-in member's consents, newest first, with their state today. */
    List<ConsentView> mine();

    ConsentView grant(@Valid ConsentRequest request);

    /** Revokes at once; a revoked consent stays on the list, marked revoked. */
    void revoke(UUID consentId);

    /** Today where the member's organization is: consents start and end on its days. */
    java.time.LocalDate today();

    /** Whom the member may name: the staff of their organization. */
    List<Supporter> supporters();

    /** Which other organizations the member may name: the directory's. */
    List<OrganizationName> otherOrganizations();
}
