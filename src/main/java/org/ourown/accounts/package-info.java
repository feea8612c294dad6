/**
 * People who sign in, the organizations (tenants) they belong to, their roles, sign-in with optional two-factor
 * codes, and {@link org.ourown.accounts.CurrentUser}, which every module reads.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.ourown.accounts;

import org.springframework.modulith.ApplicationModule;
