package org.ourown.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourown.directory.HsdsSchemas;
import org.ourown.directory.ServiceKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HSDS API against Open Referral's own schemas, on the demo directory. */
@SpringBootTest
@AutoConfigureMockMvc
class HsdsApiTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    private JsonNode read(String url) throws Exception {
        String body = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    @Test
    void theRootSaysWhichHsdsItSpeaks() throws Exception {
        JsonNode root = read("/api/hsds/");
        assertThat(root.path("version").asString()).isEqualTo("3.1");
        assertThat(root.path("openapi_url").asString()).isEqualTo("/api/openapi.json");
        assertThat(root.path("profile").asString()).startsWith("https://");
    }

    @Test
    void everyListAndEveryItemValidates() throws Exception {
        for (String[] list : new String[][] {
            {"/api/hsds/services?per_page=200", "service_list"},
            {"/api/hsds/organizations?per_page=200", "organization_list"},
            {"/api/hsds/service_at_locations?per_page=200", "service_at_location_list"}
        }) {
            JsonNode page = read(list[0]);
            assertThat(HsdsSchemas.pageProblems(page)).as(list[0]).isEmpty();
            assertThat(page.path("contents").size()).as(list[0]).isPositive();
            for (JsonNode item : page.path("contents")) {
                assertThat(HsdsSchemas.problems(list[1], item))
                        .as(list[0] + " " + item.path("id"))
                        .isEmpty();
            }
        }
    }

    @Test
    void everyServiceAndOrganizationDetailValidatesFullyNested() throws Exception {
        JsonNode services = read("/api/hsds/services?per_page=200");
        assertThat(services.path("total_items").asInt()).isGreaterThanOrEqualTo(40);
        int withHours = 0;
        for (JsonNode item : services.path("contents")) {
            JsonNode service = read("/api/hsds/services/" + item.path("id").asString());
            assertThat(HsdsSchemas.problems("service", service))
                    .as(service.path("name").asString())
                    .isEmpty();
            assertThat(service.path("organization").path("name").asString()).isNotBlank();
            withHours += service.path("schedules").isEmpty() ? 0 : 1;
        }
        // Every demo program has hours (other tests in this run may add listings without any).
        assertThat(withHours).isGreaterThanOrEqualTo(42);
        for (JsonNode item : read("/api/hsds/organizations?per_page=200").path("contents")) {
            JsonNode organization =
                    read("/api/hsds/organizations/" + item.path("id").asString());
            assertThat(HsdsSchemas.problems("organization", organization)).isEmpty();
            assertThat(organization.path("services").size()).isPositive();
        }
    }

    @Test
    void pagesCountFromOneAndHoldWhatTheySay() throws Exception {
        JsonNode first = read("/api/hsds/services?per_page=10");
        assertThat(first.path("page_number").asInt()).isEqualTo(1);
        assertThat(first.path("first_page").asBoolean()).isTrue();
        assertThat(first.path("size").asInt()).isEqualTo(10);
        int pages = first.path("total_pages").asInt();
        JsonNode last = read("/api/hsds/services?per_page=10&page=" + pages);
        assertThat(last.path("last_page").asBoolean()).isTrue();
        List<String> ids = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            read("/api/hsds/services?per_page=10&page=" + page)
                    .path("contents")
                    .forEach(s -> ids.add(s.path("id").asString()));
        }
        assertThat(ids)
                .doesNotHaveDuplicates()
                .hasSize(first.path("total_items").asInt());
    }

    @Test
    void listPagesAreJsonWithTheirLength() throws Exception {
        // sent as bytes with a Content-Length, in one write, not flushed and chunked (bench/directory/README.md)
        for (String path : List.of("/api/hsds/service_at_locations?search=respite", "/api/hsds/services")) {
            MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            byte[] body = result.getResponse().getContentAsByteArray();
            assertThat(result.getResponse().getContentType()).isEqualTo("application/json");
            assertThat(result.getResponse().getHeader("Content-Length")).isEqualTo(String.valueOf(body.length));
            assertThat(json.readTree(body).path("contents").size()).isPositive();
        }
    }

    @Test
    void searchItemsKeepTheirAccents() throws Exception {
        // a search's items are the bytes PostgreSQL sent, copied into the answer without being decoded (JsonText),
        // as a page and as lines; both are read here as the UTF-8 they must be
        String path = "/api/hsds/service_at_locations?search=linea calida";
        List<String> names = new ArrayList<>();
        json.readTree(body(path))
                .path("contents")
                .forEach(item -> names.add(item.path("service").path("name").asString()));
        assertThat(names).contains("Línea Cálida en Español");
        List<String> lines = new String(body(path + "&format=ndjson"), java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .map(line -> json.readTree(line).path("service").path("name").asString())
                .toList();
        assertThat(lines).isEqualTo(names);
    }

    private byte[] body(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void searchesAtOnceEachGetTheirWholeAnswer() throws Exception {
        // searches wait in turn at HsdsSearch's gate, which has fewer places than there are searches here; a place
        // not given back would show as a search that never ends
        String path = "/api/hsds/service_at_locations?search=respite&per_page=5";
        String alone = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                answers.add(pool.submit(() -> mvc.perform(get(path))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString()));
            }
            for (java.util.concurrent.Future<String> answer : answers) {
                assertThat(answer.get(60, java.util.concurrent.TimeUnit.SECONDS))
                        .isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputIsAProblemNamingTheParameter() throws Exception {
        for (String[] bad : new String[][] {
            {"/api/hsds/services?page=0", "page"},
            {"/api/hsds/services?per_page=5000", "per_page"},
            {"/api/hsds/services?taxonomy_term_id=4f0e2a8c-0000-4000-8000-000000000000", "taxonomy_term_id"},
            {"/api/hsds/services?taxonomy_term_id=not-a-uuid", "taxonomy_term_id"},
            {"/api/hsds/services?modified_after=yesterday", "modified_after"},
            {"/api/hsds/service_at_locations?lat=abc&lng=-76.5", "lat"},
            {"/api/hsds/service_at_locations?lat=142.4&lng=-76.5", "near"},
            {"/api/hsds/service_at_locations?lat=42.4&lng=-76.5&radius=-5", "radius"},
            {"/api/hsds/service_at_locations?lat=42.4&lng=-76.5&radius=99999999", "radius"},
            {"/api/hsds/service_at_locations?postcode=00000", "postcode"},
            {"/api/hsds/services?format=xml", "format"}
        }) {
            mvc.perform(get(bad[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors." + bad[1]).exists());
        }
        mvc.perform(get("/api/hsds/services/4f0e2a8c-0000-4000-8000-000000000000"))
                .andExpect(status().isNotFound());
    }

    @Test
    void nearAPostcodeFindsOnlyWhatIsWithinTheDistance() throws Exception {
        JsonNode near = read("/api/hsds/service_at_locations?postcode=14850&proximity=8000&per_page=200");
        assertThat(near.path("contents").size()).isPositive();
        for (JsonNode sal : near.path("contents")) {
            assertThat(sal.path("location")
                            .path("addresses")
                            .path(0)
                            .path("city")
                            .asString())
                    .isEqualTo("Ithaca");
        }
        JsonNode byCoordinates = read("/api/hsds/service_at_locations?lat=42.652&lng=-73.754&radius=5000");
        for (JsonNode sal : byCoordinates.path("contents")) {
            assertThat(sal.path("location")
                            .path("addresses")
                            .path(0)
                            .path("city")
                            .asString())
                    .isEqualTo("Albany");
        }
    }

    @Test
    void ourFiltersCombineWithAnd() throws Exception {
        String respite = ServiceKind.PEER_RESPITE.termId().toString();
        JsonNode respites = read("/api/hsds/service_at_locations?taxonomy_term_id=" + respite + "&per_page=200");
        assertThat(respites.path("total_items").asInt()).isEqualTo(3);
        JsonNode peerRunRespites =
                read("/api/hsds/service_at_locations?taxonomy_term_id=" + respite + "&peer_run=true&per_page=200");
        // Hudson is run by a peer-operated hybrid, but as a respite it is peer-run (all-peer staff, peer board).
        assertThat(peerRunRespites.path("total_items").asInt()).isEqualTo(3);
        JsonNode services = read("/api/hsds/services?taxonomy_term_id=" + respite);
        assertThat(services.path("total_items").asInt()).isEqualTo(3);
        assertThat(read("/api/hsds/services?modified_after=2999-01-01T00:00:00Z")
                        .path("total_items")
                        .asInt())
                .isZero();
    }

    private List<String> ndjson(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/x-ndjson"))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .lines()
                .toList();
    }

    @Test
    void ndjsonStreamsEveryResultOnePerLine() throws Exception {
        List<String> lines = ndjson("/api/hsds/services?format=ndjson");
        assertThat(lines).hasSize(read("/api/hsds/services").path("total_items").asInt());
        for (String line : lines) {
            assertThat(HsdsSchemas.problems("service_list", json.readTree(line)))
                    .isEmpty();
        }
    }

    @Test
    void searchResultsStreamAsNdjsonToo() throws Exception {
        // each line is a result's JSON as the database keeps it (directory.search_item), written as it is
        List<String> lines = ndjson("/api/hsds/service_at_locations?format=ndjson&postcode=14850&proximity=16000");
        JsonNode page = read("/api/hsds/service_at_locations?postcode=14850&proximity=16000&per_page=200");
        assertThat(lines).hasSize(page.path("total_items").asInt()).isNotEmpty();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = json.readTree(lines.get(i));
            assertThat(HsdsSchemas.problems("service_at_location_list", line)).isEmpty();
            assertThat(line).isEqualTo(page.path("contents").path(i));
        }
    }

    @Test
    void ourTaxonomyIsPublished() throws Exception {
        JsonNode taxonomies = read("/api/hsds/taxonomies");
        assertThat(taxonomies.path("contents").findValuesAsString("name")).contains(ServiceKind.TAXONOMY_NAME);
        JsonNode terms = read("/api/hsds/taxonomy_terms?per_page=200&taxonomy_id=" + ServiceKind.TAXONOMY_ID);
        assertThat(terms.path("total_items").asInt()).isEqualTo(ServiceKind.values().length);
        for (JsonNode term : terms.path("contents")) {
            assertThat(term.path("id").asString()).isNotBlank();
            assertThat(term.path("name").asString()).isNotBlank();
            assertThat(term.has("description")).isTrue();
        }
    }
}
