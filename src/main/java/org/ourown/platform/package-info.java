/**
 * What every module stands on: the embedded PostgreSQL, per-module migrations, error pages and problem details,
 * language, navigation and the home page.
 */
@ApplicationModule(allowedDependencies = {"accounts", "shared"})
package org.ourown.platform;

import org.springframework.modulith.ApplicationModule;
