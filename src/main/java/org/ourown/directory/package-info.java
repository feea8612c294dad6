/**
 * The public directory of peer-run programs: organizations, services, locations, hours and peer-run status, searched
 * by anyone and published as Open Referral HSDS 3.1. Listings are public information about programs, never about the
 * people they serve; each organization edits only its own.
 */
@ApplicationModule(allowedDependencies = {"accounts", "shared"})
package org.ourown.directory;

import org.springframework.modulith.ApplicationModule;
