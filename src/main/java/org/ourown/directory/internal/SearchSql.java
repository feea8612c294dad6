package org.ourown.directory.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ourown.directory.SearchQuery;
import org.ourown.shared.Paging;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;

/**
 * A search over {@code directory.search_row} (V4__search_rows.sql), where every filter is a column of the one row, so
 * that a page is an indexed scan that stops once it has the page, and the count stops at {@link #COUNT_CAP}: its
 * parameters, and the statements of its shape ({@link SearchStatements}, built once a shape).
 */
final class SearchSql {

    static final String OUR_TAXONOMY = "2fd30f07-008a-556b-8815-bc567d12da3e";

    /**
     * Counts stop here: "more than 200" is all a person (or an API client paging by 20) needs to know, and counting
     * 1,000 of a common kind's 24,000 rows took 20 ms where 200 take 1 ms (bench/directory/README.md).
     */
    static final int COUNT_CAP = 200;

    /**
     * Matches of a tier ranked for the first pages: one more than {@link #COUNT_CAP}, so that the HSDS statement can
     * count from the tiers ({@link SearchStatements#hsdsSql}).
     */
    static final int RANKED = COUNT_CAP + 1;

    /**
     * The typed text without accents, as typed ({@code plain}) and in lower case ({@code lower_case}): what
     * {@code directory.unaccented} gives, with its dictionary named here, as that SQL function is never inlined
     * ({@code unaccent} is only stable) and each call ran its own executor.
     */
    static final String TYPED_TEXT = "select public.unaccent('public.unaccent'::regdictionary, :q) as plain,"
            + " public.unaccent('public.unaccent'::regdictionary, lower(:q)) as lower_case";

    /** The rows in the name index of an eighth of them (V12__name_sample_index.sql). */
    static final String SAMPLED = "(uuid_hash(r.id) & 7) = 0";

    /**
     * The page: sal_id, id (the service), location_id, name, physical, in_person, online, peer_status, chord and
     * meters (null when not near a place).
     */
    final String sql;

    final String countSql;
    final String countWithTyposSql;

    /**
     * For one word, without a place or other filters, the HSDS statement that reads the name matches and the count
     * from the word's index ranges ({@link OneWordSql}); null otherwise.
     */
    final String oneWordHsdsSql;

    final Map<String, Object> params = new LinkedHashMap<>();

    private final SearchStatements statements;

    SearchSql(SearchQuery query) {
        this(query, false);
    }

    /** With {@code perLocation}, one row per service at a location (HSDS service_at_location), not per service. */
    SearchSql(SearchQuery query, boolean perLocation) {
        String where = SearchFilters.where(query, perLocation, params);
        boolean words = query.text() != null;
        if (words) {
            params.put("q", query.text());
        }
        statements = SearchStatements.of(new SearchStatements.Shape(
                perLocation,
                query.near() != null,
                where,
                words,
                words && OneWordSql.mayBe(query.text()),
                query.size(),
                Paging.offset(query.page(), query.size())));
        sql = statements.sql;
        countSql = statements.countSql;
        countWithTyposSql = statements.countWithTyposSql;
        oneWordHsdsSql = statements.oneWordHsdsSql;
    }

    /**
     * The HSDS page in one statement, one row per result in order (or one row with a null id when there is none):
     * the count (null when the page tells it), the result's id and the epoch of the items its snapshot sees
     * ({@link SearchStatements#hsdsSql}).
     */
    String hsdsSql() {
        return statements.hsds.named();
    }

    /** {@link #hsdsSql()}, as the JDBC driver takes it. */
    ParsedStatement hsds() {
        return statements.hsds;
    }

    /** {@link #oneWordHsdsSql}, as the JDBC driver takes it; null without it. */
    ParsedStatement oneWordHsds() {
        return statements.oneWordHsds;
    }

    /** {@link #hsds()} with each result's item too. */
    ParsedStatement hsdsWithItems() {
        return statements.hsdsWithItems;
    }

    /** {@link #oneWordHsds()} with each result's item too; null without it. */
    ParsedStatement oneWordHsdsWithItems() {
        return statements.oneWordHsdsWithItems;
    }

    /** This search's values for the {@code ?} of {@code statement}, in their order. */
    Object[] values(ParsedStatement statement) {
        return NamedParameterUtils.buildValueArray(statement.parsed(), new MapSqlParameterSource(params), null);
    }
}
