package org.ourown.directory.internal;

import java.util.regex.Pattern;

/**
 * The parts of the HSDS statement for one word without a place or filters that read the word's index ranges
 * (V13__word_lexemes.sql) instead of the rows: the name matches, best text rank first (past the tier's candidates,
 * those with the best text rank, not a sample), with the rest of the rank computed on the rows read, and the count of
 * the word's matches. {@link SearchStatements} puts them together with its other tiers.
 */
final class OneWordSql {

    /** Typed text that may be one lexeme: letters only, which the parser reads as one word. {@link #WHEN} checks it. */
    private static final Pattern ONE_WORD = Pattern.compile("\\p{L}+");

    /**
     * {@code typed} as {@link SearchStatements} has it, with also the words' query, its lexeme (null for a word search
     * ignores, such as "the"), and whether the query is that lexeme alone (or nothing).
     */
    private static final String TYPED = "typed as materialized (select t.plain, t.lower_case, q.words,"
            + " ' ' || t.lower_case || ' ' as padded, l.lexeme,"
            + " coalesce(q.words = directory.lexeme_query(l.lexeme), numnode(q.words) = 0) as one_lexeme"
            + " from (" + SearchSql.TYPED_TEXT + ") t"
            + " cross join lateral websearch_to_tsquery('english', t.plain) q (words)"
            + " cross join lateral (select (tsvector_to_array(to_tsvector('english', t.plain)))[1]) l (lexeme))";

    /** What a tier of the one-word statement carries: the page's order, not the row. */
    static final String ORDER_COLUMNS = "r.id as sal_id, r.name, null::float8 as chord";

    /** The word's matches, to the cap, from its range of document_lexeme. */
    static final String COUNTED = "select count(*) from (select 1 from directory.document_lexeme d"
            + " where d.word = (select lexeme from typed) limit " + (SearchSql.COUNT_CAP + 1) + ") c";

    /** The statement answers only when the text is one lexeme (or none); otherwise, no row at all. */
    static final String WHEN = " where (select one_lexeme from typed)";

    private OneWordSql() {}

    static boolean mayBe(String text) {
        return ONE_WORD.matcher(text).matches();
    }

    /** {@code typed} and the first tier, {@code t1}: the name matches a page ranks, {@code likeness} of each added. */
    static String nameMatches(String likeness, long candidates) {
        return TYPED + ", t1 as materialized (select l.id as sal_id, l.name, null::float8 as chord, 1 as tier,"
                + " l.rank + " + likeness + " as rank from directory.name_lexeme l"
                + " where l.word = (select lexeme from typed) order by l.rank desc, l.name, l.id limit " + candidates
                + "),";
    }
}
