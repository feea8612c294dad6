package org.ourown.directory.internal;

/**
 * What a statement with words reads of the typed text ({@link SearchStatements} puts them together): the text made
 * once a statement, the words' query, and the names' words the typo tier looks for.
 */
final class TypedSql {

    private TypedSql() {}

    /**
     * The typed text without accents, as typed and in lower case, with its words' query and the lower case between
     * spaces, once a statement: {@code directory.unaccented} is an
     * SQL function PostgreSQL does not inline ({@code unaccent} is only stable), and each of the twenty places that
     * called it started its own run of it (a tenth of a word search; bench/directory/README.md). A statement with
     * words begins with it ({@link #TYPED_ONCE}); the expressions below read it.
     */
    static final String TYPED_ONCE = "typed as materialized (select t.plain, t.lower_case,"
            + " websearch_to_tsquery('english', t.plain) as words, ' ' || t.lower_case || ' ' as padded from ("
            + SearchSql.TYPED_TEXT + ") t)";

    // Columns of typed, which SearchStatements joins to the search rows as k (a row, then a scan of the rows for each:
    // the index scans take the words as a parameter): computed once when the statement runs, not folded by planning
    // (which took longer than running a word search), and not computed again for each row a generic plan filters or
    // ranks. They were sub-selects, each a subplan that every run of the statement started: with the tiers' sizes
    // counted once too, a word statement's plan has a fifth fewer nodes (86 to 68) and PostgreSQL took 0.9% and 2.9%
    // less CPU a search of the mix in two interleaved runs, the shapes with words up to 5% quicker: a small gain, near
    // the method's noise (bench/directory/README.md).
    static final String WORDS = "k.words";
    static final String TYPED = "k.lower_case";

    static final String PADDED = "k.padded";

    /**
     * The names' words the typo tier looks for (V9, V14): those like a typed word (pg_trgm's %, similarity at least
     * 0.3, from the table of them), and of those, when one word was typed, the ones within an edit distance of it: 1
     * for a word of up to 5 letters, 2 for a longer one. When there are such words, the tier is their names
     * ({@code by_words}); otherwise (several words typed, or a word no name has a word that close to, such as words
     * typed together) the names that {@code <%} finds: near a place, of the rows in the circle, and otherwise of the
     * names with one of the like words. By words, a typo finds the word it was typed for: "prholcas" finds "praholcas"
     * (word_similarity 0.58, under {@code <%}'s 0.6), "ulen" finds "ulven" (0.4), and "ulen" no longer finds "torfen
     * ulven" through the "en " of one word and the "  u", " ul" of the next; for the benchmark's typos, the word typed
     * for 781 times in 785 instead of 456, in a quarter of the time (bench/directory/README.md).
     */
    static final String TYPO_WORDS = "typo_words as materialized (select case when cardinality(c.close) > 0"
            + " then c.close else c.alike end as words, cardinality(c.close) > 0 as by_words from (select"
            + " coalesce(array_agg(distinct w.word), '{}') as alike,"
            + " coalesce(array_agg(distinct w.word) filter (where p.one"
            + " and public.levenshtein_less_equal(t.word, w.word, p.edits) <= p.edits), '{}') as close"
            + " from typed cross join lateral (select " + nameWords("typed.lower_case") + " as words) typed_words"
            + " cross join lateral unnest(typed_words.words) t (word)"
            + " cross join lateral (select cardinality(typed_words.words) = 1 as one,"
            + " case when length(t.word) <= 5 then 1 else 2 end as edits) p"
            + " join directory.name_word w on w.word % t.word) c)";

    /**
     * What {@code directory.name_words} (V9) gives for a text, written out: the SQL function is not inlined (its body
     * is a sub-select), and each statement of the typo tier ran it as its own executor, once for each word it
     * aggregated. InlinedFunctionsTests checks that both give the same words.
     */
    static String nameWords(String text) {
        return "array(select distinct w from regexp_split_to_table(" + text
                + ", '[^[:alnum:]]+') w where w <> '' order by w)";
    }

    /**
     * How like the typed text a name is, the second part of the rank: a name with the typed words as they are, whole
     * words in a row, is as like them as a name can be: word_similarity is 1 (every trigram of theirs is in that
     * stretch of the name), and finding the words as a substring costs a fraction of computing it (about 5
     * microseconds a name, most of ranking a common word).
     */
    static String likeness(String nameKey) {
        return likeness(nameKey, PADDED, TYPED);
    }

    /**
     * {@link #likeness(String)} for a query without {@code typed} joined: where a join would lose the order of an
     * index the query reads (the one-word statement's name matches, {@link OneWordSql}).
     */
    static String likenessBySelects(String nameKey) {
        return likeness(nameKey, "(select padded from typed)", "(select lower_case from typed)");
    }

    private static String likeness(String nameKey, String padded, String typed) {
        return "case when strpos(' ' || " + nameKey + " || ' ', " + padded + ") > 0 then 1 else word_similarity("
                + typed + ", " + nameKey + ") end";
    }
}
