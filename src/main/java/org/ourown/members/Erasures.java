package org.ourown.members;

import java.util.List;
import java.util.Optional;

/**
 * Erasure on request. The member asks (one request at a time) and may withdraw; a coordinator or admin of the
 * member's organization confirms. Confirming deletes the member's personal fields and free text everywhere this
 * module keeps them, their consents, their membership and their member-only account, in one transaction, leaving a
 * de-identified count and an audit entry that an erasure happened, and publishes {@link MemberErased} so that other
 * modules erase what the member linked to themselves there.
 */
public interface Erasures {

    /** The signed-in member's pending request, if they made one. */
    Optional<ErasureRequestView> mine();

    /** The signed-in member asks to be erased; asking again while a request is pending is refused. */
    ErasureRequestView request();

    /** The signed-in member takes their pending request back; NotFound when there is none. */
    void withdraw();

    /** Coordinators and admins: their organization's pending requests, oldest first. */
    List<ErasureRequestView> pending();

    /** Coordinators and admins of the member's organization; anyone else's or an unknown request is NotFound. */
    void confirm(MembershipId member);
}
