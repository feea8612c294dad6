package org.ourown.directory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.ourown.shared.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs the statements of a {@link SearchSql} ({@link SearchStatements} builds them): the HSDS page in one statement
 * (the one-word statement first, when there is one) and its items ({@link SearchItems}), or a page and then its count.
 */
final class SearchPages {

    /** Nothing to run between the page's statement and its items'. */
    private static final Runnable NOTHING = () -> {};

    private SearchPages() {}

    /**
     * The HSDS page (the items' JSON, in order, as the UTF-8 bytes PostgreSQL sent: {@link JsonText}) and how many
     * match, as {@link #find} counts them; every item read from the database.
     */
    static Found<byte[]> hsdsPage(JdbcClient jdbc, SearchSql sql, int page, int size) {
        return hsdsPage(jdbc, sql, page, size, SearchItems.none());
    }

    /** {@link #hsdsPage}, with the items {@code kept} for the epoch the page's snapshot sees, and keeping those read. */
    static Found<byte[]> hsdsPage(JdbcClient jdbc, SearchSql sql, int page, int size, SearchItems kept) {
        return hsdsPage(jdbc, sql, page, size, kept, NOTHING);
    }

    /** {@link #hsdsPage}, running {@code afterPage} between the page's statement and its items' (for tests). */
    static Found<byte[]> hsdsPage(
            JdbcClient jdbc, SearchSql sql, int page, int size, SearchItems kept, Runnable afterPage) {
        Found<byte[]> found = sql.oneWordHsds() == null
                ? null
                : read(jdbc, sql, sql.oneWordHsds(), sql.oneWordHsdsWithItems(), page, size, kept, afterPage);
        return found != null ? found : read(jdbc, sql, sql.hsds(), sql.hsdsWithItems(), page, size, kept, afterPage);
    }

    /** {@link #hsdsPage} from the general statement, {@link SearchSql#hsdsSql()}, even for one word. */
    static Found<byte[]> generalPage(JdbcClient jdbc, SearchSql sql, int page, int size) {
        return read(jdbc, sql, sql.hsds(), sql.hsdsWithItems(), page, size, SearchItems.none(), NOTHING);
    }

    /**
     * {@link #hsdsPage} from the word's index ranges (V13__word_lexemes.sql): the general statement's page, sooner,
     * but for a word in more names than the first tier ranks, whose best by text rank it ranks instead of a sample;
     * null when this is not a search for one word without a place or filters, or the word is not one lexeme.
     */
    static Found<byte[]> oneWordPage(JdbcClient jdbc, SearchSql sql, int page, int size) {
        return sql.oneWordHsds() == null
                ? null
                : read(
                        jdbc,
                        sql,
                        sql.oneWordHsds(),
                        sql.oneWordHsdsWithItems(),
                        page,
                        size,
                        SearchItems.none(),
                        NOTHING);
    }

    /**
     * The page {@code statement} returns with its items, or null when it returns no row at all (the one-word
     * statement's "not one"). The items are those kept for the epoch the page's snapshot saw (moved on to it when it
     * is newer than theirs), and the others are read
     * by {@link SearchStatements#ITEMS}; when that statement's snapshot sees another epoch (a transaction that wrote
     * items committed in between), the page is read again {@code withItems}, in one snapshot.
     */
    private static Found<byte[]> read(
            JdbcClient jdbc,
            SearchSql sql,
            ParsedStatement statement,
            ParsedStatement withItems,
            int page,
            int size,
            SearchItems kept,
            Runnable afterPage) {
        PageRows rows = pageRows(jdbc, sql, statement);
        if (rows == null) {
            return null;
        }
        kept.advance(rows.epoch, jdbc);
        afterPage.run();
        List<byte[]> items = items(jdbc, rows, kept);
        if (items == null) {
            rows = pageRows(jdbc, sql, withItems);
            if (rows == null) {
                return null;
            }
            kept.advance(rows.epoch, jdbc);
            items = rows.items;
            for (int i = 0; i < items.size(); i++) {
                kept.put(rows.epoch, rows.ids.get(i), items.get(i));
            }
        }
        long before = Paging.offset(page, size);
        long shown = before + items.size();
        return new Found<>(items, rows.counted < 0 ? shown : Math.max(rows.counted, shown));
    }

    /** A page's results in order, their items where the statement read them (else nulls), the count and the epoch. */
    private record PageRows(long counted, List<UUID> ids, List<byte[]> items, long epoch) {}

    /** The rows {@code statement} returns, or null when it returns none. */
    private static PageRows pageRows(JdbcClient jdbc, SearchSql sql, ParsedStatement statement) {
        long[] countedAndEpoch = {-1, 0};
        boolean[] answered = {false};
        List<UUID> ids = new ArrayList<>();
        List<byte[]> items = new ArrayList<>();
        jdbc.sql(statement.jdbc()).params(sql.values(statement)).query(rs -> {
            answered[0] = true;
            long total = rs.getLong(1);
            countedAndEpoch[0] = rs.wasNull() ? -1 : total;
            countedAndEpoch[1] = rs.getLong(3);
            UUID id = rs.getObject(2, UUID.class);
            if (id != null) {
                ids.add(id);
                items.add(rs.getBytes(4));
            }
        });
        return answered[0] ? new PageRows(countedAndEpoch[0], ids, items, countedAndEpoch[1]) : null;
    }

    /**
     * The page's items: those kept for its epoch, and the others read and kept; null when they were read in another
     * epoch than the page's.
     */
    private static List<byte[]> items(JdbcClient jdbc, PageRows rows, SearchItems kept) {
        List<byte[]> items = new ArrayList<>(rows.ids.size());
        StringJoiner missing = new StringJoiner(",", "{", "}");
        int misses = 0;
        for (int i = 0; i < rows.ids.size(); i++) {
            byte[] item = rows.items.get(i) != null ? rows.items.get(i) : kept.get(rows.epoch, rows.ids.get(i));
            items.add(item);
            if (item == null) {
                missing.add(rows.ids.get(i).toString());
                misses++;
            }
        }
        if (misses == 0) {
            return items;
        }
        Map<UUID, byte[]> read = new HashMap<>(misses * 2);
        long[] epoch = {rows.epoch};
        jdbc.sql(SearchStatements.ITEMS).param(missing.toString()).query(rs -> {
            read.put(rs.getObject(1, UUID.class), rs.getBytes(2));
            epoch[0] = rs.getLong(3);
        });
        if (epoch[0] != rows.epoch || read.size() != misses) {
            return null;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                UUID id = rows.ids.get(i);
                byte[] item = read.get(id);
                items.set(i, item);
                kept.put(rows.epoch, id, item);
            }
        }
        return items;
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
