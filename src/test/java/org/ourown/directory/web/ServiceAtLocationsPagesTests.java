package org.ourown.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ourown.directory.ServiceKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code /api/hsds/service_at_locations} pages answered ahead of Spring MVC ({@link ServiceAtLocationsPages}): the
 * very bytes {@link HsdsApi} writes, with the headers every API answer has, and everything else left to it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceAtLocationsPagesTests {

    private static final List<String> SEARCHES = List.of(
            "",
            "?per_page=200",
            "?search=respite",
            "?search=respiet&per_page=5",
            "?search=linea%20calida",
            "?postcode=14850&proximity=16000",
            "?lat=42.652&lng=-73.754&radius=5000&open_now=true",
            "?taxonomy_term_id=" + ServiceKind.PEER_RESPITE.termId() + "&peer_run=true",
            "?attendance=online&page=2&per_page=3",
            "?format=json&search=warm%20line");

    @Autowired
    MockMvc mvc;

    @Autowired
    WebApplicationContext context;

    @Test
    void pagesAreAnsweredAheadOfMvcWithTheBytesMvcWrites() throws Exception {
        MockMvc mvcAlone = MockMvcBuilders.webAppContextSetup(context).build();
        for (String search : SEARCHES) {
            String path = ServiceAtLocationsPages.PATH + search;
            MvcResult fast = mvc.perform(get(path)).andReturn();
            MvcResult handled = mvcAlone.perform(get(path)).andReturn();
            // the dispatcher servlet never saw the request: no handler was chosen
            assertThat(fast.getHandler()).as(path).isNull();
            assertThat(handled.getHandler()).as(path).isNotNull();
            MockHttpServletResponse response = fast.getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getContentType()).as(path).isEqualTo("application/json");
            assertThat(response.getContentAsByteArray())
                    .as(path)
                    .isEqualTo(handled.getResponse().getContentAsByteArray());
            assertThat(response.getHeader("Content-Length"))
                    .as(path)
                    .isEqualTo(String.valueOf(response.getContentAsByteArray().length));
        }
    }

    @Test
    void theyCarryTheHeadersOfEveryApiAnswer() throws Exception {
        MockHttpServletResponse fast = mvc.perform(get(ServiceAtLocationsPages.PATH + "?search=respite"))
                .andReturn()
                .getResponse();
        MockHttpServletResponse handled =
                mvc.perform(get("/api/hsds/taxonomies")).andReturn().getResponse();
        assertThat(headers(fast)).isEqualTo(headers(handled));
        assertThat(fast.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(fast.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(fast.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(fast.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void headIsTheSameWithoutTheBody() throws Exception {
        String path = ServiceAtLocationsPages.PATH + "?search=respite";
        MvcResult got = mvc.perform(get(path)).andReturn();
        MvcResult headed = mvc.perform(head(path)).andReturn();
        assertThat(headed.getHandler()).isNull();
        assertThat(headed.getResponse().getStatus()).isEqualTo(200);
        assertThat(headed.getResponse().getHeader("Content-Length"))
                .isEqualTo(got.getResponse().getHeader("Content-Length"));
        assertThat(headed.getResponse().getContentAsByteArray()).isEmpty();
    }

    @Test
    void badInputAndOtherFormatsGoOnToHsdsApi() throws Exception {
        for (String search : List.of(
                "?page=0", "?per_page=201", "?lat=abc&lng=-76.5", "?taxonomy_term_id=nope", "?postcode=00000")) {
            MvcResult result =
                    mvc.perform(get(ServiceAtLocationsPages.PATH + search)).andReturn();
            assertThat(result.getHandler()).as(search).isNotNull();
            assertThat(result.getResponse().getStatus()).as(search).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).as(search).isEqualTo("application/problem+json");
        }
        MvcResult ndjson = mvc.perform(get(ServiceAtLocationsPages.PATH + "?format=ndjson"))
                .andReturn();
        assertThat(ndjson.getHandler()).isNotNull();
        assertThat(ndjson.getResponse().getContentType()).startsWith("application/x-ndjson");
    }

    /** The headers' names and values, but the body's own (its length and type). */
    private static Set<String> headers(MockHttpServletResponse response) {
        Set<String> headers = new TreeSet<>();
        for (String name : response.getHeaderNames()) {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Content-Type")) {
                headers.add(name + ": " + response.getHeaderValues(name));
            }
        }
        return headers;
    }
}
