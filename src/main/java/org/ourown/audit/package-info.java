/**
 * The append-only, hash-chained record of every read and write of personal data. Modules publish
 * {@link org.ourown.shared.PersonalDataAccessed}; this module adds who, when and from where, and keeps one chain per
 * organization that the database itself refuses to change.
 */
@ApplicationModule(allowedDependencies = {"accounts", "shared"})
package org.ourown.audit;

import org.springframework.modulith.ApplicationModule;
