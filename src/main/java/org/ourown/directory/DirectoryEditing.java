package org.ourown.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Changing listings. A coordinator or admin changes only the listings their own organization maintains; a network
 * admin changes any. A listing of another organization answers {@link org.ourown.shared.NotFound}.
 */
public interface DirectoryEditing {

    /** The listings the signed-in person may edit, oldest verification first. */
    List<EditableListing> mine();

    /** Those not verified for six months or more (or never). */
    List<EditableListing> stale();

    ServiceListing service(UUID id);

    void update(UUID service, ServiceChange change);

    void verify(UUID service);

    /** A holiday or other closure, inclusive; "open now" and the hours shown take it into account. */
    void addClosure(UUID service, LocalDate from, LocalDate to, String reason);

    /** Adds a line of opening hours (weekly, or a monthly "first Saturday" kind). */
    void addHours(UUID service, HoursChange hours);

    void removeHours(UUID service, UUID hoursId);

    void declarePeerFacts(UUID organization, PeerRunFacts facts);

    /** Network admins only: imports HSDS JSON documents; all or nothing ({@link ImportRejected}). */
    Set<UUID> importDocuments(String file, List<Map<String, Object>> documents, UUID maintainer);

    /** Network admins only: imports an HSDS 3.1 tabular datapackage (a zip of CSV files); all or nothing. */
    Set<UUID> importDatapackage(byte[] zip, UUID maintainer);

    record EditableListing(
            UUID serviceId, String name, UUID organizationId, String organizationName, LocalDate lastVerified) {

        public boolean stale(LocalDate today) {
            return lastVerified == null || !lastVerified.isAfter(today.minusMonths(6));
        }
    }
}
