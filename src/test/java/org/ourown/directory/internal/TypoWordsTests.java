package org.ourown.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ourown.directory.Directory;
import org.ourown.directory.DirectoryEditing;
import org.ourown.directory.Near;
import org.ourown.directory.SearchHit;
import org.ourown.directory.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typo tier for one typed word (TypedSql.TYPO_WORDS, V14): the names with a word within an edit distance
 * of it, where pg_trgm's {@code <%} alone finds other names or none. Its own listings: 3 "Ulven Peer Line", 2
 * "Praholcas Drop-In" and a "Galen Ulm Center", whose name is like "ulen" only across two of its words.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypoWordsTests {

    private static final List<String> NAMES = List.of(
            "Ulven Peer Line 1",
            "Ulven Peer Line 2",
            "Ulven Peer Line 3",
            "Praholcas Drop-In 1",
            "Praholcas Drop-In 2",
            "Galen Ulm Center");

    /** Around the listings, which are within 5 miles north of it. */
    private static final Near HERE = new Near(44.09, -70.2, 10, "test");

    private final JsonMapper json = JsonMapper.builder().build();
    private final UUID organization = UUID.randomUUID();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryEditing editing;

    @Autowired
    Directory directory;

    @BeforeAll
    void listings() {
        List<Map<String, Object>> services = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            services.add(TestNetworks.service(
                    UUID.randomUUID(),
                    NAMES.get(i),
                    "A test listing.",
                    TestNetworks.place(UUID.randomUUID(), NAMES.get(i), 44.1 + i * 0.01, -70.2)));
        }
        TestNetworks.add(editing, organization, "Typo Test Network", services);
    }

    @AfterAll
    void removeThem() {
        TestNetworks.remove(jdbc, organization);
    }

    /** The HSDS search's statement for one word (V13) and the general one give the same names. */
    private static final List<BiFunction<JdbcClient, SearchSql, SearchPages.Found<byte[]>>> STATEMENTS = List.of(
            (jdbc, sql) -> SearchPages.hsdsPage(jdbc, sql, 1, 50),
            (jdbc, sql) -> SearchPages.generalPage(jdbc, sql, 1, 50));

    private List<String> hsdsNames(String typed) {
        List<List<String>> byStatement = STATEMENTS.stream()
                .map(statement -> names(statement.apply(
                        jdbc,
                        new SearchSql(new SearchQuery(typed, null, null, null, null, null, null, false, 1, 50), true))))
                .toList();
        assertThat(byStatement.get(1)).isEqualTo(byStatement.get(0));
        return byStatement.get(0);
    }

    private List<String> nearHsdsNames(String typed) {
        SearchQuery query = new SearchQuery(typed, null, HERE, null, null, null, null, false, 1, 50);
        return names(SearchPages.hsdsPage(jdbc, new SearchSql(query, true), 1, 50));
    }

    private List<String> pageNames(String typed) {
        return pageNames(typed, null);
    }

    private List<String> pageNames(String typed, Near near) {
        return directory
                .search(new SearchQuery(typed, null, near, null, null, null, null, false, 1, 50))
                .items()
                .stream()
                .map(SearchHit::name)
                .toList();
    }

    private List<String> names(SearchPages.Found<byte[]> page) {
        return page.rows().stream()
                .map(item -> json.readTree(item).path("service").path("name").asString())
                .toList();
    }

    private boolean operatorFinds(String typed, String name) {
        return jdbc.sql("select :typed <% directory.unaccented(lower(:name))")
                .param("typed", typed)
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aShortWordsTypoFindsTheWordItWasTypedFor(boolean hsds) {
        // "ulen" is "ulven" without its third letter, one edit; <% finds none of those names (0.4)
        assertThat(operatorFinds("ulen", "Ulven Peer Line 1")).isFalse();
        List<String> found = hsds ? hsdsNames("ulen") : pageNames("ulen");
        assertThat(found).contains("Ulven Peer Line 1", "Ulven Peer Line 2", "Ulven Peer Line 3");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aLongWordsTypoFindsItsWordThoughTheTrigramsAreUnderTheThreshold(boolean hsds) {
        // two edits for a word of more than 5 letters; word_similarity 0.58, under <%'s 0.6
        assertThat(operatorFinds("prholcas", "Praholcas Drop-In 1")).isFalse();
        List<String> found = hsds ? hsdsNames("prholcas") : pageNames("prholcas");
        assertThat(found).contains("Praholcas Drop-In 1", "Praholcas Drop-In 2");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aStretchAcrossTwoWordsIsNotATypo(boolean hsds) {
        // "galen ulm" has the "en " of one word and the "  u", " ul" of the next: <% takes it for "ulen" (0.6); no
        // word of it is within an edit of "ulen"
        assertThat(operatorFinds("ulen", "Galen Ulm Center")).isTrue();
        List<String> found = hsds ? hsdsNames("ulen") : pageNames("ulen");
        assertThat(found).isNotEmpty().doesNotContain("Galen Ulm Center");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void nearAPlaceTooATypoFindsItsWordAndNotAStretchAcrossTwoWords(boolean hsds) {
        List<String> found = hsds ? nearHsdsNames("ulen") : pageNames("ulen", HERE);
        assertThat(found)
                .contains("Ulven Peer Line 1", "Ulven Peer Line 2", "Ulven Peer Line 3")
                .doesNotContain("Galen Ulm Center");
        assertThat(hsds ? nearHsdsNames("prholcas") : pageNames("prholcas", HERE))
                .contains("Praholcas Drop-In 1", "Praholcas Drop-In 2");
    }
}
