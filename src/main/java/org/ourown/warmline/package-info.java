/**
 * Warm lines: peer-staffed lines people reach before a crisis, anonymously. Lines with their hours and limits, the
 * visitor's web chat (no account, a random id plus a secret kept in the visitor's browser), the peer console with its
 * queue, and the contact record a peer completes afterwards. PostgreSQL holds the queue and the messages.
 */
@ApplicationModule(allowedDependencies = {"accounts", "audit", "shared"})
package org.ourown.warmline;

import org.springframework.modulith.ApplicationModule;
