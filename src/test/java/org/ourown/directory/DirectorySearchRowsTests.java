package org.ourown.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourown.accounts.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search reads directory.search_row, which the database keeps in step with the listings: whatever changes a listing,
 * the next search, in the same transaction or after it, sees the change.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DirectorySearchRowsTests {

    // far from the demo directory's towns, so that only this test's listing is near
    private static final Near FAR_AWAY = new Near(47.60, -120.66, 5, "Leavenworth, WA");

    /** A name with a lexeme that has a quote in it ("/o'neil"), which the word tables' ranks must quote (V13). */
    private static final String QUOKKA = "Quokka Moonbeam Circle at example.org/o'neil";

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    Directory directory;

    @Autowired
    DirectoryEditing editing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private List<String> found(String text, ServiceKind kind, Near near, Instant openAt) {
        return directory
                .search(new SearchQuery(text, kind, near, openAt, null, null, null, false, 1, 50))
                .items()
                .stream()
                .map(SearchHit::name)
                .toList();
    }

    private JsonNode api(String query) throws Exception {
        return json.readTree(mvc.perform(get("/api/hsds/service_at_locations?" + query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /**
     * The word tables of one-word searches (V13__word_lexemes.sql) hold each lexeme of each search row at a location,
     * name and document, and nothing else.
     */
    private void lexemesAreInStepWithTheRows() {
        String names = "select w, r.id, ts_rank_cd(r.document, directory.lexeme_query(w), 1), r.name, r.name_key"
                + " from directory.search_row r cross join lateral unnest(tsvector_to_array(r.name_document)) w"
                + " where r.at_location";
        String table = "select word, id, rank, name, name_key from directory.name_lexeme";
        String documents = "select w, r.id from directory.search_row r"
                + " cross join lateral unnest(tsvector_to_array(r.document)) w where r.at_location";
        for (String difference : List.of(
                "(" + names + ") except (" + table + ")",
                "(" + table + ") except (" + names + ")",
                "(" + documents + ") except (select word, id from directory.document_lexeme)",
                "(select word, id from directory.document_lexeme) except (" + documents + ")")) {
            assertThat(jdbc.sql("select count(*) from (" + difference + ") d")
                            .query(Long.class)
                            .single())
                    .as(difference)
                    .isZero();
        }
        assertThat(jdbc.sql("select count(*) from directory.name_lexeme")
                        .query(Long.class)
                        .single())
                .isPositive();
        // the stored rank is what a search for the word ranks by (websearch_to_tsquery makes the same one-lexeme
        // query of a plain word), not only what lexeme_query makes
        assertThat(jdbc.sql("select count(*) from directory.name_lexeme l join directory.search_row r on r.id = l.id"
                                + " where l.word ~ '^[a-z]+$' and l.rank"
                                + " <> ts_rank_cd(r.document, websearch_to_tsquery('simple', l.word), 1)")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static void as(Runnable work) {
        SystemTask.run(() -> {
            work.run();
            return null;
        });
    }

    @Test
    void aChangedListingIsFoundAtOnceAndADeletedOneIsGone() throws Exception {
        UUID organization = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        UUID location = UUID.randomUUID();
        Map<String, Object> document = Map.of(
                "id",
                organization.toString(),
                "name",
                "Cascade Foothills Peer Network",
                "description",
                "A test organization.",
                "services",
                List.of(Map.of(
                        "id",
                        service.toString(),
                        "name",
                        QUOKKA,
                        "description",
                        "A test listing.",
                        "status",
                        "active",
                        "service_at_locations",
                        List.of(Map.of(
                                "id", UUID.randomUUID().toString(),
                                "location",
                                        Map.of(
                                                "id",
                                                location.toString(),
                                                "location_type",
                                                "physical",
                                                "name",
                                                "Foothills Hall",
                                                "latitude",
                                                47.601,
                                                "longitude",
                                                -120.661))))));
        SystemTask.run(() -> editing.importDocuments("test.json", List.of(document), null));

        assertThat(found("quokka moonbeam", null, null, null)).containsExactly(QUOKKA);
        assertThat(found(null, null, FAR_AWAY, null)).containsExactly(QUOKKA);
        JsonNode page = api("search=quokka&lat=47.60&lng=-120.66&radius=5000");
        assertThat(page.path("total_items").asLong()).isEqualTo(1);
        assertThat(page.path("contents").path(0).path("service_id").asString()).isEqualTo(service.toString());
        // one word without a place: from the word tables
        assertThat(api("search=quokka").path("total_items").asLong()).isEqualTo(1);
        lexemesAreInStepWithTheRows();

        as(() -> editing.update(
                service,
                new ServiceChange(
                        "Wombat Starlight Respite",
                        "A test listing.",
                        null,
                        null,
                        "active",
                        Set.of(ServiceKind.PEER_RESPITE))));
        assertThat(found("quokka", null, null, null)).isEmpty();
        assertThat(api("search=quokka").path("total_items").asLong()).isZero();
        assertThat(api("search=wombat")
                        .path("contents")
                        .path(0)
                        .path("service")
                        .path("name")
                        .asString())
                .isEqualTo("Wombat Starlight Respite");
        lexemesAreInStepWithTheRows();
        assertThat(found("wombat starlight", null, null, null)).containsExactly("Wombat Starlight Respite");
        assertThat(found(null, ServiceKind.PEER_RESPITE, FAR_AWAY, null)).containsExactly("Wombat Starlight Respite");
        assertThat(found(null, ServiceKind.WARM_LINE, FAR_AWAY, null)).isEmpty();

        Instant now = Instant.now();
        assertThat(found(null, null, FAR_AWAY, now)).isEmpty();
        as(() -> editing.addHours(service, new HoursChange(EnumSet.allOf(DayOfWeek.class), null, null, null, true)));
        assertThat(found(null, null, FAR_AWAY, now)).containsExactly("Wombat Starlight Respite");
        // beyond the week kept on the search row, the opening table answers
        assertThat(found(null, null, FAR_AWAY, now.plus(Duration.ofDays(20))))
                .containsExactly("Wombat Starlight Respite");
        as(() -> editing.addClosure(
                service,
                java.time.LocalDate.now(java.time.ZoneId.of("America/New_York")).plusDays(20),
                java.time.LocalDate.now(java.time.ZoneId.of("America/New_York")).plusDays(20),
                "Holiday"));
        assertThat(found(null, null, FAR_AWAY, now.plus(Duration.ofDays(20)))).isEmpty();

        jdbc.sql("update directory.location set latitude = 40.0, longitude = -100.0 where id = :id")
                .param("id", location)
                .update();
        assertThat(found(null, null, FAR_AWAY, null)).isEmpty();
        jdbc.sql("update directory.location set latitude = 47.601, longitude = -120.661 where id = :id")
                .param("id", location)
                .update();
        assertThat(found(null, null, FAR_AWAY, null)).containsExactly("Wombat Starlight Respite");

        jdbc.sql("delete from directory.service where id = :id")
                .param("id", service)
                .update();
        assertThat(found("wombat starlight", null, null, null)).isEmpty();
        assertThat(found(null, null, FAR_AWAY, null)).isEmpty();
        assertThat(api("search=wombat").path("total_items").asLong()).isZero();
        lexemesAreInStepWithTheRows();
        assertThat(jdbc.sql("select count(*) from directory.search_row where service_id = :id")
                        .param("id", service)
                        .query(Long.class)
                        .single())
                .isZero();
        jdbc.sql("delete from directory.organization where id = :id")
                .param("id", organization)
                .update();
    }

    @Test
    void broadSearchesCountUpToTheCapAndPagesStillComeInOrder() {
        org.ourown.shared.Paging<SearchHit> first = directory.search(SearchQuery.everything(1, 5));
        assertThat(first.items()).hasSize(5);
        assertThat(first.total()).isGreaterThanOrEqualTo(40);
    }
}
