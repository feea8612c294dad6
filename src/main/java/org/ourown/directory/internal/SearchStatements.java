package org.ourown.directory.internal;

import static org.ourown.directory.internal.TypedSql.TYPED;
import static org.ourown.directory.internal.TypedSql.TYPED_ONCE;
import static org.ourown.directory.internal.TypedSql.TYPO_WORDS;
import static org.ourown.directory.internal.TypedSql.WORDS;
import static org.ourown.directory.internal.TypedSql.likeness;

import org.springframework.util.ConcurrentLruCache;

/**
 * The statements of one shape of search (which filters, the kind, with words or not, the page's size and place), built
 * once and kept: building them took 4% of the app's CPU in a search and a fifth of the bytes it allocated
 * (bench/directory/README.md), and the same text each time is what the JDBC driver's cache of prepared statements looks
 * up. {@link SearchSql} gives each search its parameters.
 *
 * <p>Words rank in tiers: the name matches, then the kind, organization or description matches, then (only when the
 * words themselves do not fill the page) names that are like the words, for typos. Within a tier, by relevance
 * (ts_rank_cd and trigram similarity to the name), then distance, then name. A tier ranks at most
 * {@link SearchSql#RANKED} of its matches (more for later pages): ranking every one of the 30,000 listings a common
 * phrase matches is what made phrases slow, and the rest of such a tier differ little.
 *
 * <p>The HSDS search for one word, without a place or filters, reads the word's name matches, best text rank first,
 * and its count from two B-tree indexes (V13__word_lexemes.sql) instead of the rows: the same page, sooner, but for a
 * word in more names than the tier ranks, where it ranks those with the best text rank rather than a sample.
 */
final class SearchStatements {

    /**
     * What the statements depend on: the where clause ({@link SearchFilters}, with the kind written in), whether there
     * are words and whether they may be one word ({@link OneWordSql#mayBe}), and the page. The cache keeps the 256
     * shapes used last (as many as the JDBC driver keeps prepared statements a connection), up to about 21,000
     * characters of SQL each (words near a place, open now), so at most about 5 MB: our kinds times the filters used
     * together, on their first pages, are fewer.
     */
    record Shape(
            boolean perLocation,
            boolean near,
            String where,
            boolean words,
            boolean maybeOneWord,
            int size,
            long offset) {}

    /** The epoch of the search items this statement's snapshot sees (V15__search_epoch.sql). */
    static final String EPOCH = "(select e.epoch from directory.search_epoch e)";

    /**
     * The ready HSDS service_at_location JSON of these search rows (a {@code uuid[]} as text), each with its id, and
     * the epoch this snapshot sees: the same as the page's when no transaction that wrote items committed between.
     */
    static final String ITEMS = "select i.id, i.item, " + EPOCH + " as epoch from directory.search_item i"
            + " where i.id = any (cast(? as uuid[]))";

    /**
     * How many rows the name and description tiers kept, counted once: the typo tier's one-time filter and the count
     * read them. Each sub-select written out is a subplan of its own that every run starts, whether or not it runs,
     * and starting the plan was a sixth of PostgreSQL's CPU (bench/directory/README.md).
     */
    private static final String SIZES =
            "sizes as materialized (select (select count(*) from t1) as n1, (select count(*) from t2) as n2)";

    private static final ConcurrentLruCache<Shape, SearchStatements> BUILT =
            new ConcurrentLruCache<>(256, SearchStatements::new);

    static SearchStatements of(Shape shape) {
        return BUILT.get(shape);
    }

    /**
     * The page: sal_id, id (the service), location_id, name, physical, in_person, online, peer_status, chord and
     * meters (null when not near a place).
     */
    final String sql;

    final String countSql;
    final String countWithTyposSql;
    /** {@link #countSql} inside a statement that already has {@code typed}: it is not made again. */
    private final String countAfterTiers;

    private final boolean perLocation;
    private final boolean near;
    private final int size;
    private final long offset;
    /** Rows the tiers must hold to fill this page: the page's end. */
    private final long need;

    private final String where;

    /** With words, {@code typed} joined to the search rows as {@code k}, so that a statement reads it once a query. */
    private final String typed;

    /** With words: the tiers' CTEs, and the page over them (without the {@code with}). */
    private final String tiers;

    private final String ranked;

    /**
     * For one word, without a place or other filters, the HSDS statement that reads the name matches and the count
     * from the word's index ranges ({@link OneWordSql}); null otherwise.
     */
    final String oneWordHsdsSql;

    /** {@link #hsdsSql()}, parsed. */
    final ParsedStatement hsds;

    /** {@link #oneWordHsdsSql}, parsed; null without it. */
    final ParsedStatement oneWordHsds;

    /** {@link #hsds} with each result's item too, in the same snapshot: for when the items read after it changed. */
    final ParsedStatement hsdsWithItems;

    /** {@link #oneWordHsds} with each result's item too; null without it. */
    final ParsedStatement oneWordHsdsWithItems;

    /** The statements of a search of this shape. */
    SearchStatements(Shape shape) {
        this.perLocation = shape.perLocation();
        this.near = shape.near();
        this.where = shape.where();
        this.typed = shape.words() ? " cross join typed k" : "";
        // the page's numbers are written into the SQL, not passed: with a parameter for LIMIT the planner guesses a
        // tenth of the matches, and the generic plan PostgreSQL keeps for the prepared statement sorted thousands of
        // rows instead of reading an index in order (and without a good generic plan it plans every search anew, a
        // millisecond or two); they are ints, and few (per_page and page)
        this.size = shape.size();
        this.offset = shape.offset();
        this.need = offset + size;
        String key = perLocation ? "sal_id" : "id";
        String meters = (near ? "public.sec_to_gc(m.chord)" : "null::float8") + " as meters";
        if (!shape.words()) {
            // near a place, the earth index reads rows nearest first, so the scan stops after a page
            sql = "select m.*, " + meters + " from (" + matches(columns(), "true")
                    + ") m order by chord nulls last, name, " + key + " limit " + size + " offset " + offset;
            countSql = count("true");
            countWithTyposSql = null;
            countAfterTiers = countSql;
            tiers = null;
            ranked = sql;
            oneWordHsdsSql = null;
            hsds = new ParsedStatement(hsdsSql());
            hsdsWithItems = new ParsedStatement(hsdsSql(tiers, countAfterTiers, "", true));
            oneWordHsds = null;
            oneWordHsdsWithItems = null;
            return;
        }
        long candidates = Math.max(SearchSql.RANKED, need);
        // the text rank, then how like the typed text the name is
        String rank = "ts_rank_cd(r.document, " + WORDS + ", 1) + " + likeness("r.name_key");
        // names like the words: those with one of a typed word's words within an edit (TYPO_WORDS), or when it has
        // none, those <% finds (word_similarity >= 0.6: pg_trgm's word_similarity_threshold, which we do not change):
        // near a place of the rows in the circle (tens to hundreds), otherwise of the names with one of the words
        // like the typed ones, not through the trigram index over every name, which took 2 to 8 ms near a place and
        // 5 to 20 ms without one. Which of the two is a one-time filter.
        String similar = "word_similarity(" + TYPED + ", r.name_key) >= 0.6";
        String byWords = "(select by_words from typo_words)";
        String like = near
                ? "(" + byWords + " and r.name_words && (select words from typo_words) or not " + byWords + " and "
                        + similar + ")"
                : "r.name_words && (select words from typo_words) and (" + byWords + " or " + similar + ")";
        // a tier is read only when the ones before it do not fill the page: one statement, the later tiers' scans
        // skipped by a one-time filter
        String names = "r.name_document @@ " + WORDS;
        String columns = columns();
        String nameTier = "t1 as materialized (" + tier(columns, 1, rank, names, "true", candidates) + "),";
        if (!near) {
            // the eighth of the rows in the sample index (V12) first: when they hold enough name matches, those are
            // ranked, and the whole list of a word in thousands of names is not read
            nameTier = "t1s as materialized ("
                    + tier(columns, 1, rank, names + " and " + SearchSql.SAMPLED, "true", candidates) + "),"
                    + " t1 as materialized ((select * from t1s where (select count(*) from t1s) >= " + candidates
                    + ") union all ("
                    + tier(columns, 1, rank, names, "(select count(*) from t1s) < " + candidates, candidates)
                    + ")),";
        }
        String descriptions = "r.document @@ " + WORDS + " and not r.name_document @@ " + WORDS;
        String typos = like + " and not r.document @@ " + WORDS;
        tiers = TYPED_ONCE + ", " + nameTier + laterTiers(columns, rank, descriptions, typos, candidates);
        ranked = "select m.*, " + meters
                + " from (select * from t1 union all select * from t2 union all select * from t3) m"
                + " order by tier, rank desc, chord nulls last, name, " + key + " limit " + size + " offset " + offset;
        sql = "with " + tiers + " " + ranked;
        countAfterTiers = count("r.document @@ " + WORDS);
        countSql = "with " + TYPED_ONCE + " " + countAfterTiers;
        countWithTyposSql =
                "with " + TYPED_ONCE + ", " + TYPO_WORDS + " " + count("(r.document @@ " + WORDS + " or " + like + ")");
        if (perLocation && !near && where.equals(SearchFilters.AT_LOCATION) && shape.maybeOneWord()) {
            // the other tiers as above, with only what the page's order reads
            String oneWordTiers = OneWordSql.nameMatches(TypedSql.likenessBySelects("l.name_key"), candidates)
                    + laterTiers(OneWordSql.ORDER_COLUMNS, rank, descriptions, typos, candidates);
            oneWordHsdsSql = hsdsSql(oneWordTiers, OneWordSql.COUNTED, OneWordSql.WHEN, false);
            oneWordHsdsWithItems =
                    new ParsedStatement(hsdsSql(oneWordTiers, OneWordSql.COUNTED, OneWordSql.WHEN, true));
        } else {
            oneWordHsdsSql = null;
            oneWordHsdsWithItems = null;
        }
        hsds = new ParsedStatement(hsdsSql());
        hsdsWithItems = new ParsedStatement(hsdsSql(tiers, countAfterTiers, "", true));
        oneWordHsds = oneWordHsdsSql == null ? null : new ParsedStatement(oneWordHsdsSql);
    }

    /**
     * The description matches (read only when the names do not fill the page) and the names like the words (only when
     * neither fills it), each a CTE after {@code t1}.
     */
    private String laterTiers(String columns, String rank, String descriptions, String typos, long candidates) {
        return " " + TYPO_WORDS + ", t2 as materialized ("
                + tier(columns, 2, rank, descriptions, "(select count(*) from t1) < " + need, candidates)
                + "), " + SIZES + ", t3 as materialized ("
                + tier(columns, 3, rank, typos, "(select n1 + n2 from sizes) < " + need, candidates)
                + ")";
    }

    /** The columns of a page's row. */
    private String columns() {
        return "r.id as sal_id, r.service_id as id, r.location_id, r.name, r.physical, r.in_person,"
                + " r.online, r.peer_status, " + (near ? SearchFilters.CHORD : "null::float8") + " as chord";
    }

    /** The matching rows; for pages near a place, each service once, at its nearest location. */
    private String matches(String columns, String condition) {
        if (!perLocation && near) {
            return "select distinct on (r.service_id) " + columns + " from directory.search_row r" + typed + where
                    + " and " + condition + " order by r.service_id, chord";
        }
        return "select " + columns + " from directory.search_row r" + typed + where + " and " + condition;
    }

    private String tier(String columns, int tier, String rank, String condition, String needed, long candidates) {
        return "select * from (" + matches(columns + ", " + tier + " as tier, " + rank + " as rank", condition)
                + ") t where " + needed + " limit " + candidates;
    }

    private String count(String condition) {
        String counted = !perLocation && near
                ? "select distinct r.service_id from directory.search_row r" + typed + where + " and " + condition
                : "select 1 from directory.search_row r" + typed + where + " and " + condition;
        if (perLocation && !near && condition.equals("true")) {
            // in the page's order, so that it reads the same name index (a kind's own, V7) and stops at the cap,
            // not a bitmap of all the kind's rows
            counted += " order by r.name, r.id";
        }
        return "select count(*) from (" + counted + " limit " + (SearchSql.COUNT_CAP + 1) + ") c";
    }

    /**
     * The HSDS page in one statement, one row per result in order (or one row with a null id when there is none):
     * the count (null when the page tells it: a page that is not full is the last one), the result's id and the
     * epoch of the items this snapshot sees; the ready HSDS service_at_location JSON is then the app's for that epoch
     * ({@link SearchItems}), or {@link #ITEMS}.
     *
     * <p>With words, each tier keeps up to {@link SearchSql#COUNT_CAP} + 1 rows, so that the tiers mostly are the count: a
     * tier that was read and kept fewer holds all its matches, and name matches that reach the cap are "more than
     * that". Only a page filled by fewer name matches than that counts the other matches with a scan of its own.
     * (Counting with a second scan took as long as the page: 2 to 10 ms for a common word.)
     */
    String hsdsSql() {
        return hsdsSql(tiers, countAfterTiers, "", false);
    }

    /**
     * {@link #hsdsSql()} over these tiers (null without words) and with this count of the matches, returning rows only
     * {@code when} that holds; with each result's {@code items} or a null in their place.
     */
    private String hsdsSql(String tiers, String countAfterTiers, String when, boolean items) {
        String page = "page as materialized (select p.sal_id, row_number() over () as ord from (" + ranked + ") p),";
        String counted = "(" + countAfterTiers + ")";
        String from = "found";
        if (tiers != null) {
            page = tiers + ", " + page;
            int cap = SearchSql.COUNT_CAP + 1;
            counted = "case when s.n1 + s.n2 < " + need + " then least(" + cap + ", s.n1 + s.n2 + (select count(*)"
                    + " from t3)) when s.n1 < " + need + " then least(" + cap + ", s.n1 + s.n2) when s.n1 >= " + cap
                    + " then " + cap + " else " + counted + " end";
            from = "found cross join sizes s";
        }
        return "with " + page + " found as (select count(*) as n from page),"
                + " total as (select case when n = " + size + " or (n = 0 and " + offset + " > 0) then " + counted
                + " end as counted, n from " + from + ")"
                + " select t.counted, p.sal_id, " + EPOCH + " as epoch, "
                + (items
                        ? "i.item from total t left join (page p join directory.search_item i on i.id = p.sal_id) on true"
                        : "null::text as item from total t left join page p on true")
                + when + " order by p.ord";
    }
}
