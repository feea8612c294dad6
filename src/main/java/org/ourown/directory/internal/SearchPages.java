package org.ourown.directory.internal;

import java.util.List;
import java.util.function.UnaryOperator;
import org.ourown.shared.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs the statements of a {@link SearchSql} ({@link SearchStatements} builds them): the HSDS page in one statement
 * (the one-word statement first, when there is one), or a page and then its count.
 */
final class SearchPages {

    private SearchPages() {}

    /**
     * The HSDS page (the items' JSON, in order, as the UTF-8 bytes PostgreSQL sent: {@link JsonText}) and how many
     * match, as {@link #find} counts them.
     */
    static Found<byte[]> hsdsPage(JdbcClient jdbc, SearchSql sql, int page, int size) {
        Found<byte[]> found = oneWordPage(jdbc, sql, page, size);
        return found != null ? found : generalPage(jdbc, sql, page, size);
    }

    /** {@link #hsdsPage} from the general statement, {@link SearchSql#hsdsSql()}, even for one word. */
    static Found<byte[]> generalPage(JdbcClient jdbc, SearchSql sql, int page, int size) {
        return read(jdbc, sql, sql.hsds(), page, size);
    }

    /**
     * {@link #hsdsPage} from the word's index ranges (V13__word_lexemes.sql): the general statement's page, sooner,
     * but for a word in more names than the first tier ranks, whose best by text rank it ranks instead of a sample;
     * null when this is not a search for one word without a place or filters, or the word is not one lexeme.
     */
    static Found<byte[]> oneWordPage(JdbcClient jdbc, SearchSql sql, int page, int size) {
        return sql.oneWordHsds() == null ? null : read(jdbc, sql, sql.oneWordHsds(), page, size);
    }

    /**
     * The page {@code statement} returns, or null when it returns no row at all (the one-word statement's "not one").
     * Run with {@code ?} and the values in order: the same text every time, not the named parameters put in their
     * places anew for each search.
     */
    private static Found<byte[]> read(
            JdbcClient jdbc, SearchSql sql, SearchStatements.Statement statement, int page, int size) {
        long[] counted = {-1};
        boolean[] answered = {false};
        List<byte[]> items = new java.util.ArrayList<>();
        jdbc.sql(statement.jdbc()).params(sql.values(statement)).query(rs -> {
            answered[0] = true;
            long total = rs.getLong(1);
            counted[0] = rs.wasNull() ? -1 : total;
            byte[] item = rs.getBytes(2);
            if (item != null) {
                items.add(item);
            }
        });
        if (!answered[0]) {
            return null;
        }
        long before = Paging.offset(page, size);
        long shown = before + items.size();
        return new Found<>(items, counted[0] < 0 ? shown : Math.max(counted[0], shown));
    }

    /**
     * One page of a search, and how many match (up to {@link SearchSql#COUNT_CAP} + 1, which means "more than that").
     */
    record Found<T>(List<T> rows, long total) {}

    /**
     * Runs the page (wrapped by {@code statement}, which must keep its columns and order), then the count when the
     * page does not tell it (a page that is not full is the last one); with the typos when the page reached them.
     */
    static <T> Found<T> find(
            JdbcClient jdbc, SearchSql sql, UnaryOperator<String> statement, RowMapper<T> mapper, int page, int size) {
        int[] lastTier = {0};
        List<T> rows = jdbc.sql(statement.apply(sql.sql))
                .params(sql.params)
                .query((rs, n) -> {
                    if (sql.countWithTyposSql != null) {
                        lastTier[0] = Math.max(lastTier[0], rs.getInt("tier"));
                    }
                    return mapper.mapRow(rs, n);
                })
                .list();
        long before = Paging.offset(page, size);
        if (rows.size() < size && (!rows.isEmpty() || page == 1)) {
            return new Found<>(rows, before + rows.size());
        }
        long counted = jdbc.sql(lastTier[0] == 3 ? sql.countWithTyposSql : sql.countSql)
                .params(sql.params)
                .query(Long.class)
                .single();
        return new Found<>(rows, Math.max(counted, before + rows.size()));
    }
}
