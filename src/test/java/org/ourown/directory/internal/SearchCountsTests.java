package org.ourown.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourown.accounts.SystemTask;
import org.ourown.directory.DirectoryEditing;
import org.ourown.directory.Near;
import org.ourown.directory.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HSDS search's one statement counts mostly from its tiers of word matches (SearchSql.hsdsSql); it must give the
 * same page and the same total as the page and count statements of {@link SearchSql#find}, whichever tier a search
 * ends in and whether the name matches alone reach the cap. 230 listings share a name word, 30 more have it only in
 * their description, and 12 have a name like it; 30 have another word in their name and 12 in their description, and
 * 4 more a word with the same stem ("rooms") in their name. Far away, 6 listings have "quillfen" in their name, 6 in
 * their description and 10 a name a letter away ("quillfan").
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCountsTests {

    private static final Near HERE = new Near(46.87, -113.99, 20, "Missoula, MT");

    private final JsonMapper json = JsonMapper.builder().build();
    private final UUID organization = UUID.randomUUID();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryEditing editing;

    @BeforeAll
    void manyListingsShareAWord() {
        List<Map<String, Object>> services = new ArrayList<>();
        for (int i = 0; i < 276; i++) {
            String name = i < 230
                    ? "Kestrelvale Circle " + i
                    : i < 260 ? "Meadow Room " + i : i < 272 ? "Kestrelvail Group " + i : "Meadow Rooms Annex " + i;
            String description = i < 230 || i >= 272
                    ? "A test listing."
                    : i < 260 ? "Meets with the kestrelvale neighbours." : "Near the meadow.";
            services.add(TestNetworks.service(
                    UUID.randomUUID(),
                    name,
                    description,
                    TestNetworks.place(UUID.randomUUID(), name, 46.87 + (i % 17) * 0.003, -113.99 + (i % 13) * 0.003)));
        }
        // far from here: a page of 20 that all three tiers fill, with a count under the cap
        for (int i = 0; i < 22; i++) {
            String name = i < 6 ? "Quillfen Lodge " + i : i < 12 ? "Harbor Desk " + i : "Quillfan Corner " + i;
            String description = i >= 6 && i < 12 ? "Run by the quillfen collective." : "A test listing.";
            services.add(TestNetworks.service(
                    UUID.randomUUID(), name, description, TestNetworks.place(UUID.randomUUID(), name, 40.1, -100.2)));
        }
        TestNetworks.add(editing, organization, "Kestrel Test Network", services);
    }

    @AfterAll
    void removeThem() {
        TestNetworks.remove(jdbc, organization);
    }

    @org.junit.jupiter.api.Test
    void nearAPlaceNamesLikeTheWordsAreThoseTheTrigramOperatorFinds() {
        // near a place the typo tier tests word_similarity on the rows in the circle instead of <% through the index
        // like the 12 "Kestrelvail Group" names (0.88), less like the 230 "Kestrelvale Circle" ones (0.56)
        SearchQuery query = new SearchQuery("kestrelvail grp", null, HERE, null, null, null, null, false, 1, 100);
        SearchPages.Found<byte[]> page = SearchPages.hsdsPage(jdbc, new SearchSql(query, true), 1, 100);
        List<UUID> operator = jdbc.sql("select id from directory.search_row where at_location"
                        + " and public.earth_distance(public.ll_to_earth(:lat, :lng), earth) <= :radius"
                        + " and 'kestrelvail grp' <% name_key")
                .param("lat", HERE.latitude())
                .param("lng", HERE.longitude())
                .param("radius", HERE.radiusMeters())
                .query(UUID.class)
                .list();
        assertThat(operator).hasSize(12);
        assertFoundWhatTheOperatorFinds(page, operator);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "kestrelvayl",
        "kestrelvail grp",
        "kestrel vale",
        "kestrelvalecircle",
        // like no one word of the names enough for %> (0.47 and 0.33), like "kestrelvale circle" enough for <% (0.65)
        "trelvalecircle",
        "meadow rooom",
        "kestrelvail grop 261"
    })
    void withoutAPlaceNamesLikeTheWordsAreThoseTheTrigramOperatorFinds(String typed) {
        // without a place the typo tier looks for the names' words like the typed words first (V9), then tests
        // word_similarity on the names with one of them; it must find what <% finds through the index of every name
        SearchQuery query = new SearchQuery(typed, null, null, null, null, null, null, false, 1, 100);
        SearchPages.Found<byte[]> page = SearchPages.hsdsPage(jdbc, new SearchSql(query, true), 1, 100);
        List<UUID> operator = jdbc.sql("select id from directory.search_row where at_location"
                        + " and directory.unaccented(lower(:typed)) <% name_key"
                        + " and not document @@ websearch_to_tsquery('english', directory.unaccented(:typed))")
                .param("typed", typed)
                .query(UUID.class)
                .list();
        assertThat(operator).isNotEmpty();
        assertFoundWhatTheOperatorFinds(page, operator);
    }

    @ParameterizedTest(name = "within {0} miles, page {1} of {2}")
    @CsvSource({"0.5, 1, 20", "1.5, 1, 50", "1.5, 2, 50", "20, 1, 100", "20, 2, 100", "20, 3, 100", "20, 11, 20"})
    void nearAPlaceTheChordsFindWhatEarthDistanceFindsInItsOrder(double miles, int page, int size) {
        // SearchSql compares straight lines through the Earth with the radius's chord, and leaves out at_location
        Near near = new Near(HERE.latitude(), HERE.longitude(), miles, "test");
        SearchQuery query = new SearchQuery(null, null, near, null, null, null, null, false, page, size);
        SearchPages.Found<byte[]> found = SearchPages.hsdsPage(jdbc, new SearchSql(query, true), page, size);
        List<UUID> within = jdbc.sql("select id from directory.search_row where at_location"
                        + " and public.earth_distance(public.ll_to_earth(:lat, :lng), earth) <= :radius"
                        + " order by public.earth_distance(public.ll_to_earth(:lat, :lng), earth), name, id")
                .param("lat", near.latitude())
                .param("lng", near.longitude())
                .param("radius", near.radiusMeters())
                .query(UUID.class)
                .list();
        int from = (page - 1) * size;
        assertThat(within).hasSizeGreaterThan(from);
        List<UUID> expected = within.subList(from, Math.min(within.size(), from + size));
        assertThat(ids(found)).isEqualTo(expected);
        // counts stop past the cap; a page past it tells more
        assertThat(found.total())
                .isEqualTo(Math.max(Math.min(SearchSql.COUNT_CAP + 1, within.size()), from + expected.size()));
    }

    @org.junit.jupiter.api.Test
    void aWordInThousandsOfNamesRanksTheMatchesInTheSampleIndex() {
        // 2,400 rows named "Zyxquor Hall n": about 300 of them are in the eighth of the rows that the sample index
        // holds (V12), enough for the first tier of a page up to the 11th, so those are ranked and the word's whole
        // list is not read; a word in 230 names ("kestrelvale") has about 29 there and reads the whole index
        UUID service = jdbc.sql("select service_id from directory.search_row where name = 'Kestrelvale Circle 0'")
                .query(UUID.class)
                .single();
        jdbc.sql("insert into directory.search_row (id, service_id, location_id, at_location, first, physical, name,"
                        + " name_key, document, name_document, kinds, languages, features, in_person, online,"
                        + " peer_status, earth, open_week, open_since, open_until)"
                        + " select gen_random_uuid(), :service, null, true, false, false, n, lower(n), d, d, '{}', '{}',"
                        + " '{}', false, true, 'peer-run', null, '{}', now(), now()"
                        + " from generate_series(1, 2400) i, lateral (select 'Zyxquor Hall ' || i as n) x,"
                        + " lateral (select setweight(to_tsvector('english', x.n), 'A') as d) y")
                .param("service", service)
                .update();
        jdbc.sql(
                        "insert into directory.search_item (id, service_id, item) select id, service_id,"
                                + " json_build_object('id', id)::text from directory.search_row where name like 'Zyxquor Hall %'")
                .update();
        try {
            for (int page : new int[] {1, 2, 11}) {
                SearchQuery query = new SearchQuery("zyxquor", null, null, null, null, null, null, false, page, 20);
                SearchPages.Found<byte[]> one = SearchPages.generalPage(jdbc, new SearchSql(query, true), page, 20);
                SearchPages.Found<UUID> separate = separate(query);
                assertThat(ids(one)).hasSize(20).isEqualTo(separate.rows());
                assertThat(sampled(ids(one))).isEqualTo(20);
                assertThat(one.total()).isEqualTo(separate.total()).isEqualTo(Math.max(201, page * 20));
            }
            // one word alone ranks those with the best text rank instead, from its index range (V13): the five
            // names that have the word twice first, wherever they are
            jdbc.sql("update directory.search_row set name = 'Zyxquor Zyxquor House ' || name,"
                            + " name_key = 'zyxquor zyxquor house ' || name_key,"
                            + " document = setweight(to_tsvector('english', 'Zyxquor Zyxquor House ' || name), 'A'),"
                            + " name_document = setweight(to_tsvector('english', 'Zyxquor Zyxquor House ' || name), 'A')"
                            + " where name in ('Zyxquor Hall 2000', 'Zyxquor Hall 2100', 'Zyxquor Hall 2200',"
                            + " 'Zyxquor Hall 2300', 'Zyxquor Hall 2400')")
                    .update();
            SearchQuery word = new SearchQuery("zyxquor", null, null, null, null, null, null, false, 1, 20);
            SearchPages.Found<byte[]> best = SearchPages.hsdsPage(jdbc, new SearchSql(word, true), 1, 20);
            assertThat(ids(best)).isEqualTo(bestByTextRank("zyxquor", SearchSql.RANKED, 1, 20));
            assertThat(names(ids(best)).subList(0, 5)).allMatch(name -> name.startsWith("Zyxquor Zyxquor House"));
            assertThat(best.total()).isEqualTo(201);
            SearchQuery fewer = new SearchQuery("kestrelvale", null, null, null, null, null, null, false, 1, 20);
            SearchPages.Found<byte[]> names = SearchPages.hsdsPage(jdbc, new SearchSql(fewer, true), 1, 20);
            assertThat(names.rows())
                    .hasSize(20)
                    .allSatisfy(item -> assertThat(json.readTree(item)
                                    .path("service")
                                    .path("name")
                                    .asString())
                            .startsWith("Kestrelvale Circle"));
            assertThat(sampled(ids(names))).isLessThan(20);
        } finally {
            jdbc.sql("delete from directory.search_item where id in"
                            + " (select id from directory.search_row where name like '%Zyxquor Hall %')")
                    .update();
            jdbc.sql("delete from directory.search_row where name like '%Zyxquor Hall %'")
                    .update();
        }
    }

    /** The names of these search rows, in their order. */
    private List<String> names(List<UUID> rows) {
        return rows.stream()
                .map(id -> jdbc.sql("select name from directory.search_row where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .toList();
    }

    /** How many of these search rows are in the sample index. */
    private long sampled(List<UUID> rows) {
        return jdbc.sql("select count(*) from directory.search_row r where r.id = any (:ids) and " + SearchSql.SAMPLED)
                .param("ids", rows.toArray(UUID[]::new))
                .query(Long.class)
                .single();
    }

    @ParameterizedTest(name = "near a place: {0}")
    @CsvSource({"true", "false"})
    void aProgramWithTooManyOpeningsToIndexIsOpenAtItsTimesAndClosedBetween(boolean near) {
        // 24 half hours a day: more openings in the row's 9 days than the name and earth indexes carry (V11), so its
        // open_week_indexed is null and the search reads its openings from the opening table
        UUID busy = UUID.randomUUID();
        List<Map<String, Object>> schedules = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            schedules.add(Map.of(
                    "id",
                    UUID.randomUUID().toString(),
                    "freq",
                    "WEEKLY",
                    "byday",
                    "MO,TU,WE,TH,FR,SA,SU",
                    "opens_at",
                    String.format("%02d:00", hour),
                    "closes_at",
                    String.format("%02d:30", hour)));
        }
        Map<String, Object> location =
                TestNetworks.place(UUID.randomUUID(), "Aaa Busy Half Hours", HERE.latitude(), HERE.longitude());
        Map<String, Object> service = Map.of(
                "id",
                busy.toString(),
                "name",
                "Aaa Busy Half Hours",
                "status",
                "active",
                "organization_id",
                organization.toString(),
                "x_ourown_timezone",
                "UTC",
                "schedules",
                schedules,
                "service_at_locations",
                List.of(Map.of("id", UUID.randomUUID().toString(), "location", location)));
        SystemTask.run(() -> editing.importDocuments("busy.json", List.of(service), null));
        try {
            assertThat(jdbc.sql("select count(*) from directory.search_row where service_id = :id"
                                    + " and open_week_indexed is null and directory.openings_in(open_week) > 64")
                            .param("id", busy)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            Instant hour = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
            for (int h = 1; h <= 48; h += 7) {
                Instant during = hour.plus(Duration.ofHours(h)).plus(Duration.ofMinutes(10));
                Instant between = during.plus(Duration.ofMinutes(30));
                assertThat(openAt(near, during)).as("%s", during).contains(busy);
                assertThat(openAt(near, between)).as("%s", between).doesNotContain(busy);
            }
        } finally {
            jdbc.sql("delete from directory.service where id = :id")
                    .param("id", busy)
                    .update();
        }
    }

    /** The services of the first page of 100 open at that time, near here or anywhere. */
    private List<UUID> openAt(boolean near, Instant at) {
        SearchQuery query = new SearchQuery(null, null, near ? HERE : null, at, null, null, null, false, 1, 100);
        return SearchPages.hsdsPage(jdbc, new SearchSql(query, true), 1, 100).rows().stream()
                .map(item -> UUID.fromString(
                        json.readTree(item).path("service").path("id").asString()))
                .toList();
    }

    @ParameterizedTest(name = "near Ithaca, {0} hours from now")
    @CsvSource({"0", "3", "13", "30", "80", "200"})
    void nearAPlaceOpenAtATimeAreTheServicesWithAnOpeningThen(long hours) {
        // this week's openings on the row (and, near a place, in the earth index: V10) against the opening table
        Instant at = Instant.now().plus(Duration.ofHours(hours));
        Near ithaca = new Near(42.443, -76.501, 40, "Ithaca, NY");
        SearchQuery query = new SearchQuery(null, null, ithaca, at, null, null, null, false, 1, 100);
        List<UUID> found = ids(SearchPages.hsdsPage(jdbc, new SearchSql(query, true), 1, 100));
        List<UUID> open = jdbc.sql("select r.id from directory.search_row r where r.at_location"
                        + " and public.earth_distance(public.ll_to_earth(:lat, :lng), r.earth) <= :radius"
                        + " and exists (select 1 from directory.opening op where op.service_id = r.service_id"
                        + " and op.during @> cast(:at as timestamptz))")
                .param("lat", ithaca.latitude())
                .param("lng", ithaca.longitude())
                .param("radius", ithaca.radiusMeters())
                .param("at", java.sql.Timestamp.from(at))
                .query(UUID.class)
                .list();
        assertThat(found).containsExactlyInAnyOrderElementsOf(open);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"room", "rooms", "meadow", "meadow room", "meadow rooms annex", "neighbours", "kestrelvail group"})
    void matchesRankByTheirTextRankAndHowLikeTheirNameIsToTheWords(String words) {
        // a name with the words as they are is ranked 1 for its likeness without computing word_similarity
        // (SearchSql); it must rank as word_similarity does: "Meadow Room" names before "Meadow Rooms Annex" ones for
        // "room", after them for "rooms"
        SearchQuery query = new SearchQuery(words, null, null, null, null, null, null, false, 1, 100);
        List<UUID> found = ids(SearchPages.hsdsPage(jdbc, new SearchSql(query, true), 1, 100));
        List<UUID> ranked = jdbc.sql("with q as (select websearch_to_tsquery('english', directory.unaccented(:words))"
                        + " as q, directory.unaccented(lower(:words)) as typed)"
                        + " select r.id from directory.search_row r, q where r.at_location and r.document @@ q.q"
                        + " order by not r.name_document @@ q.q,"
                        + " ts_rank_cd(r.document, q.q, 1) + word_similarity(q.typed, r.name_key) desc, r.name, r.id")
                .param("words", words)
                .query(UUID.class)
                .list();
        assertThat(ranked).isNotEmpty().hasSizeLessThanOrEqualTo(100);
        assertThat(found).isEqualTo(ranked);
    }

    @ParameterizedTest(name = "{0} near={1} page {2} of {3}")
    @CsvSource({
        // name matches reach the cap
        "kestrelvale, false, 1, 20",
        "kestrelvale, false, 12, 20",
        "kestrelvale, true, 1, 20",
        // fewer name matches than the cap, but enough for the page: the others are counted by a scan
        "meadow, false, 1, 20",
        "meadow, false, 2, 20",
        "kestrelvale circle 1, false, 1, 5",
        // the page reaches the description matches
        "kestrelvale, false, 12, 20",
        "neighbours, false, 1, 20",
        "neighbours, false, 2, 20",
        // the page reaches the names like the words
        "kestrelvail, false, 1, 20",
        // all three tiers fill the page
        "quillfen, false, 1, 20",
        "kestrelvayl, false, 1, 20",
        "kestrelvayl, true, 1, 10",
        // nothing, and past the end
        "qqqzzzxxx, false, 1, 20",
        "kestrelvale, false, 30, 20",
        // one word as typed in other forms: a stem, capitals, an accent, a word search ignores
        "rooms, false, 1, 20",
        "Meadow, false, 1, 10",
        "Méadow, false, 2, 10",
        "the, false, 1, 20",
    })
    void theOneStatementFindsAndCountsAsThePageAndCountStatements(String words, boolean near, int page, int size) {
        SearchQuery query = new SearchQuery(words, null, near ? HERE : null, null, null, null, null, false, page, size);
        SearchPages.Found<UUID> separate = separate(query);
        SearchPages.Found<byte[]> one = SearchPages.generalPage(jdbc, new SearchSql(query, true), page, size);
        assertThat(ids(one)).isEqualTo(separate.rows());
        assertThat(one.total()).isEqualTo(separate.total());
    }

    @org.junit.jupiter.api.Test
    void whenAllThreeTiersFillThePageTheCountIsTheirs() {
        // 6 name matches and 6 description matches leave 8 of the page to the 10 names a letter away: the page is
        // full, and the count is the three tiers' rows, from the general statement and from the word's index ranges
        SearchQuery query = new SearchQuery("quillfen", null, null, null, null, null, null, false, 1, 20);
        SearchPages.Found<byte[]> general = SearchPages.generalPage(jdbc, new SearchSql(query, true), 1, 20);
        SearchPages.Found<byte[]> ranges = SearchPages.oneWordPage(jdbc, new SearchSql(query, true), 1, 20);
        assertThat(general.rows()).hasSize(20);
        assertThat(general.total()).isEqualTo(22);
        assertThat(ranges.total()).isEqualTo(22);
        assertThat(ids(ranges)).isEqualTo(ids(general));
    }

    @ParameterizedTest(name = "{0} page {1}: {2}")
    @CsvSource({
        "meadow, 1, true",
        "rooms, 1, true",
        "Méadow, 1, true",
        "neighbours, 2, true",
        "kestrelvayl, 1, true",
        "quillfen, 1, true",
        "the, 1, true",
        "qqqzzzxxx, 1, true",
        // 230 name matches: more than the first pages rank (201); the 12th page ranks 240, so all of them
        "kestrelvale, 1, true",
        "kestrelvale, 12, true",
        // not one word
        "meadow room, 1, false",
        "kestrel-vale, 1, false",
        "room1, 1, false",
    })
    void oneWordIsAnsweredFromItsIndexRanges(String words, int page, boolean ranges) {
        SearchQuery query = new SearchQuery(words, null, null, null, null, null, null, false, page, 20);
        SearchPages.Found<byte[]> fromRanges = SearchPages.oneWordPage(jdbc, new SearchSql(query, true), page, 20);
        if (!ranges) {
            assertThat(fromRanges).isNull();
            return;
        }
        assertThat(fromRanges).isNotNull();
        long ranked = Math.max(SearchSql.RANKED, page * 20L);
        if (nameMatches(words) <= ranked) {
            // the general statement's page and count
            SearchPages.Found<UUID> general = separate(query);
            assertThat(ids(fromRanges)).isEqualTo(general.rows());
            assertThat(fromRanges.total()).isEqualTo(general.total());
        } else {
            // the name matches with the best text rank, ranked
            assertThat(ids(fromRanges)).isEqualTo(bestByTextRank(words, ranked, page, 20));
            assertThat(fromRanges.total()).isEqualTo(SearchSql.COUNT_CAP + 1);
        }
        // with a place or a filter, the general statement
        SearchQuery near = new SearchQuery(words, null, HERE, null, null, null, null, false, page, 20);
        assertThat(SearchPages.oneWordPage(jdbc, new SearchSql(near, true), page, 20))
                .isNull();
        SearchQuery peerRun = new SearchQuery(words, null, null, null, null, null, null, true, page, 20);
        assertThat(SearchPages.oneWordPage(jdbc, new SearchSql(peerRun, true), page, 20))
                .isNull();
    }

    private long nameMatches(String words) {
        return jdbc.sql("select count(*) from directory.search_row where at_location"
                        + " and name_document @@ websearch_to_tsquery('english', directory.unaccented(:words))")
                .param("words", words)
                .query(Long.class)
                .single();
    }

    /**
     * A page of the {@code ranked} name matches with the best text rank (then by name), ranked by text rank and how
     * like the name is to the words, as {@link #matchesRankByTheirTextRankAndHowLikeTheirNameIsToTheWords} ranks.
     */
    private List<UUID> bestByTextRank(String words, long ranked, int page, int size) {
        return jdbc.sql("with q as (select websearch_to_tsquery('english', directory.unaccented(:words)) as q,"
                        + " directory.unaccented(lower(:words)) as typed),"
                        + " best as (select r.id, r.name, r.name_key, ts_rank_cd(r.document, q.q, 1) as text_rank"
                        + " from directory.search_row r, q where r.at_location and r.name_document @@ q.q"
                        + " order by text_rank desc, r.name, r.id limit :ranked)"
                        + " select b.id from best b, q order by b.text_rank + word_similarity(q.typed, b.name_key) desc,"
                        + " b.name, b.id limit :size offset :offset")
                .param("words", words)
                .param("ranked", ranked)
                .param("size", size)
                .param("offset", (page - 1L) * size)
                .query(UUID.class)
                .list();
    }

    /** The page's service_at_location ids and the count, from the page and count statements. */
    private SearchPages.Found<UUID> separate(SearchQuery query) {
        return SearchPages.find(
                jdbc,
                new SearchSql(query, true),
                sql -> sql,
                (rs, n) -> rs.getObject("sal_id", UUID.class),
                query.page(),
                query.size());
    }

    /** The service_at_location ids of a page of HSDS items, in order. */
    private List<UUID> ids(SearchPages.Found<byte[]> page) {
        return page.rows().stream()
                .map(item -> UUID.fromString(json.readTree(item).path("id").asString()))
                .toList();
    }

    /** A page of up to 100 holds only what the operator finds, as many as it finds, and counts them (capped). */
    private void assertFoundWhatTheOperatorFinds(SearchPages.Found<byte[]> page, List<UUID> operator) {
        List<UUID> found = ids(page);
        assertThat(operator).containsAll(found);
        assertThat(found).hasSize(Math.min(100, operator.size()));
        assertThat(page.total()).isEqualTo(Math.min(SearchSql.COUNT_CAP + 1, operator.size()));
    }
}
