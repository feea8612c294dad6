package org.ourown.directory.internal;

import java.sql.Timestamp;
import java.util.Map;
import org.ourown.directory.SearchQuery;

/**
 * A search's filters as the where clause over {@code directory.search_row r} (V4__search_rows.sql), every filter a
 * column of the one row; the values it names go into the statement's parameters.
 */
final class SearchFilters {

    // The place and the radius are sub-selects, computed once when the statement runs. Distances are chords, the
    // straight line through the Earth (cube's <->, in C), which order as the way over it does: earth_distance is an
    // SQL function that PostgreSQL does not inline, and calling it for each of the hundreds of rows a count near a
    // place tests took most of that count's time (and in a generic plan ll_to_earth was computed for each row too).
    // ll_to_earth and gc_to_sec are not inlined either (each runs as an SQL function), but written out as
    // expressions, as SearchSql.TYPED_TEXT writes out unaccented, they made near + open now 0.16 to 0.22 ms slower a
    // search in each of three interleaved runs, the other shapes near a place within noise (bench/directory/README.md).
    private static final String HERE = "(select public.ll_to_earth(:lat, :lng))";
    static final String CHORD = "r.earth <-> " + HERE;
    private static final String RADIUS_CHORD = "(select public.gc_to_sec(cast(:radius as float8)))";

    private SearchFilters() {}

    /** The where clause of a search per location with no filter (and no place). */
    static final String AT_LOCATION = " where r.at_location";

    /**
     * The where clause; with {@code perLocation} the rows of services at locations (HSDS service_at_location),
     * otherwise the row that stands for each service.
     */
    static String where(SearchQuery query, boolean perLocation, Map<String, Object> params) {
        // a row with a point is at a location (V8 checks it), so near a place the count reads only the earth index
        // (an index-only scan) and not each row for at_location; a kind's own indexes name at_location, so it stays
        boolean pointsAreAtLocations = query.near() != null && query.kind() == null;
        StringBuilder where = new StringBuilder(perLocation && !pointsAreAtLocations ? AT_LOCATION : " where true");
        if (query.kind() != null) {
            // a literal, not a parameter: our kinds are few and differ in size (a generic plan guessed 533 rows
            // of every kind, and sorted all 2,900 of a common kind by name instead of reading the name index)
            where.append(" and r.kinds @> array['" + query.kind().termId() + "'::uuid]");
        }
        if (query.openAt() != null) {
            params.put("openAt", Timestamp.from(query.openAt()));
            String at = "cast(:openAt as timestamptz)";
            // this week's openings are on the row and in its name and earth indexes (V11); further ahead, for a row
            // not refreshed lately or with too many openings to index, the opening table
            where.append(" and coalesce(case when " + at + " >= r.open_since and " + at + " < r.open_until"
                    + " then r.open_week_indexed @> " + at + " end, exists (select 1 from directory.opening op"
                    + " where op.service_id = r.service_id and op.during @> " + at + "))");
        }
        if ("in-person".equals(query.attendance())) {
            where.append(" and r.in_person");
        } else if ("online".equals(query.attendance())) {
            where.append(" and r.online");
        }
        if (query.language() != null) {
            params.put("language", query.language());
            where.append(" and r.languages @> array[cast(:language as text)]");
        }
        if (query.accessibility() != null) {
            params.put("feature", query.accessibility());
            where.append(" and r.features @> array[cast(:feature as text)]");
        }
        if (query.peerRunOnly()) {
            where.append(" and r.peer_status = 'peer-run'");
        }
        if (query.near() != null) {
            params.put("lat", query.near().latitude());
            params.put("lng", query.near().longitude());
            params.put("radius", query.near().radiusMeters());
            where.append(" and r.earth is not null and public.earth_box(" + HERE + ", :radius) @> r.earth and " + CHORD
                    + " <= " + RADIUS_CHORD);
            if (!perLocation) {
                where.append(" and r.physical");
            }
        } else if (!perLocation) {
            where.append(" and r.first");
        }
        return where.toString();
    }
}
