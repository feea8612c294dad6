/**
 * Records that belong to the person they describe: voluntary membership under an alias, the member's roadmap and
 * wellness plan, one-to-one support notes the member reads and answers, consents the member grants and revokes,
 * the log of who read their record, export and erasure. Every read by someone other than the member goes through
 * one consent check in this module's facades.
 */
@ApplicationModule(allowedDependencies = {"accounts", "audit", "directory", "shared"})
package org.ourown.members;

import org.springframework.modulith.ApplicationModule;
