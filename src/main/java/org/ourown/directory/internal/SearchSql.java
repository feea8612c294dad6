package org.ourown.directory.internal;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ourown.directory.SearchQuery;

/**
 * Builds one SQL statement for a search: each filter is an indexed condition; ranking is text relevance (name above
 * kind and organization above description, with trigram similarity on the name for typos) then distance.
 */
final class SearchSql {

    static final String OUR_TAXONOMY = "2fd30f07-008a-556b-8815-bc567d12da3e";
    private static final String DISTANCE =
            "earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(l.latitude, l.longitude))";

    /**
     * A service's peer-run status: its organization's, except that a peer respite with all-peer staff, a peer
     * director and peer governance is peer-run (PeerRunFacts.respiteStatus), whatever the organization is.
     */
    static final String PEER_STATUS = "(case when o.respite_peer_governed and o.director_is_peer"
            + " and o.staff_peer_percent = 100 and exists (select 1 from directory.service_taxonomy rt"
            + " where rt.service_id = s.id and rt.taxonomy_term_id = '21fbe896-09b3-5920-bfa3-16a116dea0e4')"
            + " then 'peer-run' else o.peer_status end)";

    final String sql;
    final Map<String, Object> params = new LinkedHashMap<>();

    SearchSql(SearchQuery query) {
        this(query, false);
    }

    /** With {@code perLocation}, one row per service at a location (HSDS service_at_location), not per service. */
    SearchSql(SearchQuery query, boolean perLocation) {
        StringBuilder where = new StringBuilder(" where s.status = 'active'");
        String rank = null;
        if (query.text() != null) {
            params.put("q", query.text());
            String tsquery = "websearch_to_tsquery('english', directory.unaccented(:q))";
            where.append(" and (s.document @@ ")
                    .append(tsquery)
                    .append(" or directory.unaccented(lower(:q)) <% s.name_key)");
            rank = "ts_rank_cd(s.document, " + tsquery + ", 1) + word_similarity(directory.unaccented(lower(:q)),"
                    + " s.name_key)";
        }
        if (query.kind() != null) {
            params.put("kind", query.kind().code());
            where.append(" and exists (select 1 from directory.service_taxonomy st join directory.taxonomy_term t"
                    + " on t.id = st.taxonomy_term_id where st.service_id = s.id and t.code = :kind"
                    + " and t.taxonomy_id = '" + OUR_TAXONOMY + "')");
        }
        if (query.openAt() != null) {
            params.put("openAt", Timestamp.from(query.openAt()));
            where.append(" and exists (select 1 from directory.opening op where op.service_id = s.id"
                    + " and op.during @> cast(:openAt as timestamptz))");
        }
        if ("in-person".equals(query.attendance())) {
            where.append(" and exists (")
                    .append(locationOf("l.location_type = 'physical'"))
                    .append(")");
        } else if ("online".equals(query.attendance())) {
            where.append(" and (exists (")
                    .append(locationOf("l.location_type = 'virtual'"))
                    .append(") or not exists (")
                    .append(locationOf("l.location_type = 'physical'"))
                    .append("))");
        }
        if (query.language() != null) {
            params.put("language", query.language());
            where.append(" and (exists (select 1 from directory.language lg where lg.service_id = s.id"
                    + " and lg.code = :language) or exists (select 1 from directory.phone p where p.service_id = s.id"
                    + " and (',' || p.languages || ',') like ('%,' || :language || ',%')))");
        }
        if (query.accessibility() != null) {
            params.put("feature", query.accessibility());
            where.append(" and exists (select 1 from directory.service_at_location x join directory.accessibility ac"
                    + " on ac.location_id = x.location_id where x.service_id = s.id and ac.feature = :feature)");
        }
        if (query.peerRunOnly()) {
            where.append(" and " + PEER_STATUS + " = 'peer-run'");
        }
        String near = "null::float8";
        String nearFilter = "";
        if (query.near() != null) {
            params.put("lat", query.near().latitude());
            params.put("lng", query.near().longitude());
            params.put("radius", query.near().radiusMeters());
            near = DISTANCE;
            nearFilter = " and l.latitude between -90 and 90 and l.longitude between -180 and 180"
                    + " and earth_box(ll_to_earth(:lat, :lng), :radius) @> ll_to_earth(l.latitude, l.longitude)"
                    + " and " + DISTANCE + " <= :radius";
            where.append(perLocation ? " and l.latitude is not null" + nearFilter : " and loc.meters is not null");
        }
        params.put("size", query.size());
        params.put("offset", (long) (query.page() - 1) * query.size());
        if (perLocation) {
            sql = "select x.id as sal_id, s.id, l.id as location_id, " + near + " as meters, count(*) over () as total"
                    + " from directory.service s join directory.organization o on o.id = s.organization_id"
                    + " join directory.service_at_location x on x.service_id = s.id"
                    + " join directory.location l on l.id = x.location_id"
                    + where
                    + " order by " + (rank == null ? "" : rank + " desc, ") + "meters nulls last, s.name, x.id"
                    + " limit :size offset :offset";
            return;
        }
        sql = "select s.id, s.name, s.description, s.organization_id, o.name as organization_name, " + PEER_STATUS
                + " as peer_status,"
                + " loc.city, loc.state, loc.meters,"
                + " exists (" + locationOf("l.location_type = 'physical'") + ") as in_person,"
                + " exists (" + locationOf("l.location_type = 'virtual'") + ") as online,"
                + " count(*) over () as total"
                + " from directory.service s join directory.organization o on o.id = s.organization_id"
                + " left join lateral (select a.city, a.state_province as state, " + near + " as meters"
                + " from directory.service_at_location x join directory.location l on l.id = x.location_id"
                + " left join directory.address a on a.location_id = l.id"
                + " where x.service_id = s.id and l.location_type = 'physical'" + nearFilter
                + " order by meters nulls last limit 1) loc on true"
                + where
                + " order by " + (rank == null ? "" : rank + " desc, ") + "loc.meters nulls last, s.name, s.id"
                + " limit :size offset :offset";
    }

    private static String locationOf(String condition) {
        return "select 1 from directory.service_at_location x join directory.location l on l.id = x.location_id"
                + " where x.service_id = s.id and " + condition;
    }
}
