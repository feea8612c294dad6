package org.ourown.directory.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.ourown.directory.SearchQuery;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.util.RawValue;

/**
 * The HSDS search ({@code /api/hsds/service_at_locations}): one statement for the page, each item already HSDS JSON
 * (V6__search_items.sql), kept by the app for the directory's epoch ({@link SearchItems}) or read by a second
 * statement, and written as it is (as UTF-8 bytes: {@link JsonText}).
 *
 * <p>Not transactional, and so not behind a proxy: the statements need no transaction (the epoch tells whether the
 * items were read in the state the page's snapshot saw), and Spring's transaction interceptor, even for
 * {@code SUPPORTS}, was a twentieth of the app's CPU in a search (bench/directory/README.md).
 *
 * <p>Searches wait for a connection in turn, first come first served, at a gate with as many places as the pool has
 * connections for statements (one is the warm line's {@code LISTEN}). The pool itself lets a request that comes just
 * as a connection is returned take it before those already waiting, and under a burst some waited several times
 * longer than the rest: at a fixed 1,000 searches a second the gate halved p99 (bench/directory/README.md).
 */
@Component
public class HsdsSearch {

    /** As long as the pool waits for a connection (HikariCP's default connectionTimeout). */
    private static final long WAIT_SECONDS = 30;

    private final JdbcClient jdbc;
    private final SearchItems kept;
    private final Semaphore gate;

    HsdsSearch(JdbcClient jdbc, DataSource dataSource, SearchItems kept) {
        this.jdbc = jdbc;
        this.kept = kept;
        this.gate = new Semaphore(places(dataSource), true);
    }

    /** The pool's connections but the warm line's; with a pool that is not HikariCP, no limit of our own. */
    private static int places(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    ? Math.max(1, dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() - 1)
                    : Integer.MAX_VALUE;
        } catch (SQLException e) {
            throw new IllegalStateException("the connection pool's size cannot be read", e);
        }
    }

    public HsdsLists.Page serviceAtLocations(SearchQuery query) {
        SearchPages.Found<byte[]> found;
        enter();
        try {
            found = SearchPages.hsdsPage(jdbc, new SearchSql(query, true), query.page(), query.size(), kept);
        } finally {
            gate.release();
        }
        List<Object> contents = new ArrayList<>(found.rows().size());
        found.rows().forEach(item -> contents.add(new RawValue(new JsonText(item))));
        return new HsdsLists.Page(contents, found.total(), query.page(), query.size());
    }

    private void enter() {
        try {
            if (gate.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new CannotGetJdbcConnectionException("no connection for a search within " + WAIT_SECONDS + " s");
    }
}
