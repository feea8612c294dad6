package org.ourown.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ourown.accounts.SystemTask;
import org.ourown.directory.DirectoryEditing;
import org.ourown.directory.Near;
import org.ourown.directory.SearchQuery;
import org.ourown.directory.ServiceChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HSDS search's items kept by the app for the directory's epoch (SearchItems, V15__search_epoch.sql): a kept item
 * is never shown once its listing changed, the epoch moves once a writing transaction as it commits, and a page is
 * never shown with items read after a commit that changed it. Its own listings, three "Zebrafinch" ones far from the
 * demo's towns.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchItemsTests {

    /** Around the listings, which are within 3 miles north of it. */
    private static final Near HERE = new Near(46.80, -100.70, 10, "test");

    private final JsonMapper json = JsonMapper.builder().build();
    private final UUID organization = UUID.randomUUID();
    private final List<UUID> services = new ArrayList<>();
    private final List<UUID> locations = new ArrayList<>();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DirectoryEditing editing;

    @Autowired
    SearchItems kept;

    @BeforeAll
    void listings() {
        List<Map<String, Object>> listed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            services.add(UUID.randomUUID());
            locations.add(UUID.randomUUID());
            listed.add(TestNetworks.service(
                    services.get(i),
                    "Zebrafinch Peer Center " + i,
                    "A test listing.",
                    TestNetworks.place(locations.get(i), "Prairie Hall " + i, 46.81 + i * 0.01, -100.70)));
        }
        TestNetworks.add(editing, organization, "Epoch Test Network", listed);
    }

    @AfterAll
    void removeThem() {
        TestNetworks.remove(jdbc, organization);
    }

    private long epoch() {
        return jdbc.sql("select epoch from directory.search_epoch")
                .query(Long.class)
                .single();
    }

    /** The epoch as another connection sees it, outside any transaction of this thread. */
    private long epochSeenElsewhere() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select epoch from directory.search_epoch")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Through the edit form's way, which also makes the listing's search document anew. */
    private void rename(int listing, String name) {
        SystemTask.run(() -> {
            editing.update(
                    services.get(listing), new ServiceChange(name, "A test listing.", null, null, "active", Set.of()));
            return null;
        });
    }

    private static SearchSql search(String words, Near near) {
        return new SearchSql(new SearchQuery(words, null, near, null, null, null, null, false, 1, 20), true);
    }

    private List<String> names(SearchPages.Found<byte[]> page) {
        return page.rows().stream()
                .map(item -> {
                    JsonNode node = json.readTree(item);
                    return node.path("service").path("name").asString();
                })
                .toList();
    }

    private List<String> cities(SearchPages.Found<byte[]> page) {
        return page.rows().stream()
                .map(item -> json.readTree(item)
                        .path("location")
                        .path("addresses")
                        .path(0)
                        .path("city")
                        .asString())
                .toList();
    }

    @Test
    void aKeptItemIsNotShownOnceItsListingChanged() {
        SearchPages.Found<byte[]> before = SearchPages.hsdsPage(jdbc, search(null, HERE), 1, 20, kept);
        assertThat(names(before))
                .containsExactly("Zebrafinch Peer Center 0", "Zebrafinch Peer Center 1", "Zebrafinch Peer Center 2");
        UUID first =
                UUID.fromString(json.readTree(before.rows().get(0)).path("id").asString());
        assertThat(kept.get(epoch(), first))
                .as("the app keeps the items it read")
                .isEqualTo(before.rows().get(0));

        rename(0, "Zebrafinch Peer Center 0, renamed");
        assertThat(kept.get(epoch(), first))
                .as("another epoch finds nothing kept")
                .isNull();
        assertThat(names(SearchPages.hsdsPage(jdbc, search(null, HERE), 1, 20, kept)))
                .containsExactly(
                        "Zebrafinch Peer Center 0, renamed", "Zebrafinch Peer Center 1", "Zebrafinch Peer Center 2");

        // what only the items show: the location's address (its own trigger, V6)
        jdbc.sql("insert into directory.address (id, location_id, address_1, city, state_province, postal_code,"
                        + " country, address_type) values (:id, :location, '1 Main St', 'Finchton', 'ND', '58501',"
                        + " 'US', 'physical')")
                .param("id", UUID.randomUUID())
                .param("location", locations.get(1))
                .update();
        assertThat(cities(SearchPages.hsdsPage(jdbc, search(null, HERE), 1, 20, kept)))
                .containsExactly("", "Finchton", "");
        rename(0, "Zebrafinch Peer Center 0");
    }

    @Test
    void theEpochMovesOnceAWritingTransactionAsItCommits() throws Exception {
        long before = epoch();
        transactions.executeWithoutResult(status -> {
            rename(1, "Zebrafinch Peer Center 1, once");
            rename(2, "Zebrafinch Peer Center 2, once");
            try {
                assertThat(epochSeenElsewhere()).as("not before the commit").isEqualTo(before);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(epochSeenElsewhere()).as("once, for two statements").isEqualTo(before + 1);

        transactions.executeWithoutResult(status -> jdbc.sql("select count(*) from directory.search_item")
                .query(Long.class)
                .single());
        assertThat(epochSeenElsewhere())
                .as("not for a transaction that wrote no items")
                .isEqualTo(before + 1);

        transactions.executeWithoutResult(status -> rename(1, "Zebrafinch Peer Center 1, again"));
        assertThat(epochSeenElsewhere()).isEqualTo(before + 2);
        TransactionTemplate rolledBack = new TransactionTemplate(transactions.getTransactionManager());
        rolledBack.executeWithoutResult(status -> {
            rename(1, "Zebrafinch Peer Center 1, never");
            status.setRollbackOnly();
        });
        assertThat(epochSeenElsewhere()).as("not for a transaction rolled back").isEqualTo(before + 2);
        rename(1, "Zebrafinch Peer Center 1");
        rename(2, "Zebrafinch Peer Center 2");
    }

    /**
     * Two editors, each holding a listing's row lock, the first then waiting for the second's: the epoch's row is
     * locked only as each commits, so the second commits and the first goes on. Were it moved as the items are written
     * (checked: the trigger made not deferrable), the first would hold it from its first edit on, the second would
     * wait for it, and the first for the second: each waits for the other.
     */
    @Test
    void twoEditorsWaitingForEachOtherBothCommit() throws Exception {
        String touch = "update directory.service set description = description where id = ?";
        long before = epoch();
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try (Connection first = dataSource.getConnection();
                Connection second = dataSource.getConnection()) {
            for (Connection connection : List.of(first, second)) {
                connection.setAutoCommit(false);
                execute(connection, "set local lock_timeout = '20s'");
            }
            execute(first, touch, services.get(0));
            Future<?> secondEdits = editors.submit(() -> execute(second, touch, services.get(1)));
            secondEdits.get(20, TimeUnit.SECONDS);
            // its backend's pid before it waits: a connection answers one statement at a time
            long firstPid = pid(first);
            Future<?> firstWaits = editors.submit(() -> execute(first, touch, services.get(1)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!"Lock".equals(waitingFor(firstPid)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(waitingFor(firstPid))
                    .as("the first editor waits for the second's row")
                    .isEqualTo("Lock");
            second.commit();
            firstWaits.get(20, TimeUnit.SECONDS);
            first.commit();
        } finally {
            editors.shutdownNow();
        }
        assertThat(epochSeenElsewhere())
                .as("both committed, one after the other")
                .isEqualTo(before + 2);
    }

    private static Void execute(Connection connection, String sql, Object... values) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.execute();
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What that backend waits for (pg_stat_activity's wait_event_type), as another connection sees it. */
    private String waitingFor(long pid) {
        return jdbc.sql("select coalesce(wait_event_type, '') from pg_stat_activity where pid = :pid")
                .param("pid", pid)
                .query(String.class)
                .optional()
                .orElse("");
    }

    @Test
    void aPageIsNotShownWithItemsReadAfterACommitThatChangedIt() {
        // between the page's statement and its items', a listing on the page is renamed so that it no longer
        // matches: the items read then are another epoch's, and the page is read again, in one snapshot
        SearchPages.Found<byte[]> found = SearchPages.hsdsPage(
                jdbc,
                search("zebrafinch", null),
                1,
                20,
                new SearchItems(DataSize.ofMegabytes(1)),
                () -> rename(2, "Hummingbird Peer Center"));
        assertThat(names(found)).containsExactly("Zebrafinch Peer Center 0", "Zebrafinch Peer Center 1");
        assertThat(found.total()).isEqualTo(2);
        rename(2, "Zebrafinch Peer Center 2");

        // and a listing deleted in between is not a hole in the page
        UUID extra = UUID.randomUUID();
        jdbc.sql("insert into directory.service (id, organization_id, name, description, status)"
                        + " values (:id, :organization, 'Zebrafinch Peer Center 3', 'A test listing.', 'active')")
                .param("id", extra)
                .param("organization", organization)
                .update();
        jdbc.sql("insert into directory.service_at_location (id, service_id, location_id) values (:id, :service,"
                        + " :location)")
                .param("id", UUID.randomUUID())
                .param("service", extra)
                .param("location", locations.get(0))
                .update();
        found = SearchPages.hsdsPage(
                jdbc,
                search("zebrafinch", null),
                1,
                20,
                SearchItems.none(),
                () -> jdbc.sql("delete from directory.service where id = :id")
                        .param("id", extra)
                        .update());
        assertThat(names(found))
                .containsExactly("Zebrafinch Peer Center 0", "Zebrafinch Peer Center 1", "Zebrafinch Peer Center 2");
        assertThat(found.rows()).doesNotContainNull();
    }

    @Test
    void aNewerEpochDropsOnlyTheItemsItChanged() {
        SearchPages.Found<byte[]> before = SearchPages.hsdsPage(jdbc, search(null, HERE), 1, 20, kept);
        assertThat(names(before))
                .containsExactly("Zebrafinch Peer Center 0", "Zebrafinch Peer Center 1", "Zebrafinch Peer Center 2");
        List<UUID> ids = before.rows().stream()
                .map(item -> UUID.fromString(json.readTree(item).path("id").asString()))
                .toList();

        rename(0, "Zebrafinch Peer Center 0, moved on");
        SearchPages.Found<byte[]> after = SearchPages.hsdsPage(jdbc, search(null, HERE), 1, 20, kept);
        assertThat(names(after))
                .containsExactly(
                        "Zebrafinch Peer Center 0, moved on", "Zebrafinch Peer Center 1", "Zebrafinch Peer Center 2");
        assertThat(kept.epoch()).isEqualTo(epoch());
        assertThat(kept.get(epoch(), ids.get(1)))
                .as("an item the edit did not write is kept across the epochs, not read again")
                .isSameAs(before.rows().get(1));
        assertThat(kept.get(epoch(), ids.get(0)))
                .as("the item the edit wrote is read again")
                .isSameAs(after.rows().get(0))
                .isNotEqualTo(before.rows().get(0));

        // an epoch missing from the list (deleted, as after 1,000 epochs): every item is read again
        rename(0, "Zebrafinch Peer Center 0");
        jdbc.sql("delete from directory.search_item_change where epoch = :epoch")
                .param("epoch", epoch())
                .update();
        SearchPages.Found<byte[]> whole = SearchPages.hsdsPage(jdbc, search(null, HERE), 1, 20, kept);
        assertThat(names(whole))
                .containsExactly("Zebrafinch Peer Center 0", "Zebrafinch Peer Center 1", "Zebrafinch Peer Center 2");
        assertThat(kept.get(epoch(), ids.get(1)))
                .isSameAs(whole.rows().get(1))
                .isNotSameAs(before.rows().get(1));

        // a transaction that writes more than 1,000 items lists none but "everything"
        List<UUID> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(UUID.randomUUID());
        }
        transactions.executeWithoutResult(status -> jdbc.sql(
                        "insert into directory.search_item (id, service_id, item) select i, i, '{}' from unnest(cast(:ids"
                                + " as uuid[])) i")
                .param("ids", many.toArray(UUID[]::new))
                .update());
        jdbc.sql("delete from directory.search_item where id = any (cast(:ids as uuid[]))")
                .param("ids", many.toArray(UUID[]::new))
                .update();
        assertThat(jdbc.sql(
                                "select count(*) from directory.search_item_change where epoch = :epoch and item_id is null")
                        .param("epoch", epoch())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        SearchPages.Found<byte[]> anew = SearchPages.hsdsPage(jdbc, search(null, HERE), 1, 20, kept);
        assertThat(kept.get(epoch(), ids.get(1)))
                .isSameAs(anew.rows().get(1))
                .isNotSameAs(whole.rows().get(1));
    }

    @Test
    void theListOfChangesKeepsTheLastThousandEpochs() {
        // as many as the app reads back (SearchItems.LISTED_EPOCHS), as V16's trigger deletes the older ones
        long moveTo = epoch() + 1;
        long oldest = moveTo - SearchItems.LISTED_EPOCHS + 1;
        jdbc.sql("insert into directory.search_item_change (epoch, item_id) values (:oldest - 2, null), (:oldest - 1,"
                        + " null), (:oldest, null)")
                .param("oldest", oldest)
                .update();
        try {
            rename(2, "Zebrafinch Peer Center 2, listed");
            assertThat(epoch()).isEqualTo(moveTo);
            assertThat(jdbc.sql("select epoch from directory.search_item_change where epoch between :oldest - 2 and"
                                    + " :oldest order by epoch")
                            .param("oldest", oldest)
                            .query(Long.class)
                            .list())
                    .as("1,000 epochs behind the one moved to and more are deleted")
                    .containsExactly(oldest);
            assertThat(jdbc.sql("select distinct item_id from directory.search_item_change where epoch = :epoch")
                            .param("epoch", moveTo)
                            .query(UUID.class)
                            .list())
                    .as("the item the rename wrote")
                    .containsExactly(jdbc.sql("select id from directory.search_item where service_id = :service")
                            .param("service", services.get(2))
                            .query(UUID.class)
                            .single());
        } finally {
            // as the other tests expect the listings, whether this one passed or not
            jdbc.sql("delete from directory.search_item_change where epoch between :oldest - 2 and :oldest")
                    .param("oldest", oldest)
                    .update();
            rename(2, "Zebrafinch Peer Center 2");
        }
    }

    @Test
    void itemsOfAnotherEpochAreNotKept() {
        // an epoch far beyond the database's, which lists nothing after it
        long far = 1L << 50;
        SearchItems items = new SearchItems(DataSize.ofMegabytes(1));
        UUID id = UUID.randomUUID();
        byte[] item = {'{', '}'};
        items.put(far, id, item);
        assertThat(items.get(far, id))
                .as("not before the items are moved on to that epoch")
                .isNull();
        items.advance(far, jdbc);
        items.put(far, id, item);
        assertThat(items.get(far, id)).isSameAs(item);
        assertThat(items.get(far - 1, id)).isNull();
        items.put(far - 1, UUID.randomUUID(), item);
        items.advance(far - 1, jdbc);
        assertThat(items.epoch()).as("never back").isEqualTo(far);

        items.advance(far + 1, jdbc);
        assertThat(items.get(far + 1, id))
                .as("no list of what changed: all dropped")
                .isNull();
        UUID late = UUID.randomUUID();
        items.put(far, late, item);
        assertThat(items.get(far + 1, late))
                .as("an item read in the older epoch, put after the move")
                .isNull();
        SearchItems none = SearchItems.none();
        none.advance(far, jdbc);
        none.put(far, id, item);
        assertThat(none.get(far, id)).isNull();
    }
}
