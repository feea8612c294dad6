package org.ourown.directory.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.ourown.directory.SearchQuery;
import org.ourown.directory.internal.HsdsDocuments;
import org.ourown.directory.internal.HsdsLists;
import org.ourown.directory.internal.HsdsSearch;
import org.ourown.shared.NotFound;
import org.ourown.shared.Paging;
import org.ourown.shared.Rejected;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory as Open Referral HSDS 3.1 (public, no sign-in). Lists use the HSDS page envelope with pages from 1;
 * {@code format=ndjson} gives one object per line instead.
 */
@RestController
@RequestMapping("/api/hsds")
class HsdsApi {

    private static final int DEFAULT_PER_PAGE = ServiceAtLocations.DEFAULT_PER_PAGE;

    private final HsdsDocuments documents;
    private final HsdsLists lists;
    private final HsdsSearch serviceSearch;
    private final TermCodes terms;
    private final JsonMapper json;
    private final org.ourown.directory.internal.tabular.DatapackageExport exporter;
    private final ServiceAtLocations serviceAtLocations;

    HsdsApi(
            HsdsDocuments documents,
            HsdsLists lists,
            HsdsSearch serviceSearch,
            TermCodes terms,
            JsonMapper json,
            org.ourown.directory.internal.tabular.DatapackageExport exporter,
            ServiceAtLocations serviceAtLocations) {
        this.exporter = exporter;
        this.serviceAtLocations = serviceAtLocations;
        this.documents = documents;
        this.lists = lists;
        this.serviceSearch = serviceSearch;
        this.terms = terms;
        this.json = json;
    }

    @GetMapping({"", "/"})
    Map<String, Object> root() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "3.1");
        root.put("profile", "https://docs.openreferral.org/en/latest/hsds/");
        root.put("openapi_url", "/api/openapi.json");
        return root;
    }

    @GetMapping("/services")
    ResponseEntity<?> services(@RequestParam Map<String, String> query) {
        ApiParams p = new ApiParams(query);
        HsdsLists.ServiceFilter filter = new HsdsLists.ServiceFilter(
                p.text("search"),
                terms.check(p.id("taxonomy_term_id")),
                p.id("taxonomy_id"),
                p.id("organization_id"),
                p.dateTime("modified_after"));
        return respond(
                p,
                lists.services(filter, p.page(), p.perPage(DEFAULT_PER_PAGE)),
                page -> lists.services(filter, page, Paging.MAX_SIZE));
    }

    /** The whole directory as an HSDS 3.1 tabular datapackage: CSV files and datapackage.json in a zip. */
    @GetMapping(value = "/datapackage.zip", produces = "application/zip")
    ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> datapackage() {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"ourown-directory-hsds.zip\"")
                .body(exporter::write);
    }

    @GetMapping("/services/{id}")
    Map<String, Object> service(@PathVariable UUID id) {
        return documents.service(id).orElseThrow(() -> new NotFound("service"));
    }

    @GetMapping("/organizations")
    ResponseEntity<?> organizations(@RequestParam Map<String, String> query) {
        ApiParams p = new ApiParams(query);
        String search = p.text("search");
        return respond(
                p,
                lists.organizations(search, p.page(), p.perPage(DEFAULT_PER_PAGE)),
                page -> lists.organizations(search, page, Paging.MAX_SIZE));
    }

    @GetMapping("/organizations/{id}")
    Map<String, Object> organization(@PathVariable UUID id) {
        return documents.organization(id, true).orElseThrow(() -> new NotFound("organization"));
    }

    @GetMapping("/service_at_locations")
    ResponseEntity<?> serviceAtLocations(@RequestParam Map<String, String> query) {
        ApiParams p = new ApiParams(query);
        java.util.function.IntFunction<SearchQuery> searchPage = serviceAtLocations.pages(p);
        return respond(
                p,
                serviceSearch.serviceAtLocations(searchPage.apply(p.page())),
                page -> serviceSearch.serviceAtLocations(searchPage.apply(page)));
    }

    @GetMapping("/taxonomies")
    ResponseEntity<?> taxonomies(@RequestParam Map<String, String> query) {
        ApiParams p = new ApiParams(query);
        return respond(
                p,
                lists.taxonomies(p.page(), p.perPage(DEFAULT_PER_PAGE)),
                page -> lists.taxonomies(page, Paging.MAX_SIZE));
    }

    @GetMapping("/taxonomy_terms")
    ResponseEntity<?> taxonomyTerms(@RequestParam Map<String, String> query) {
        ApiParams p = new ApiParams(query);
        UUID taxonomy = p.id("taxonomy_id");
        UUID parent = p.id("parent_id");
        boolean top = "true".equals(p.text("top_only"));
        return respond(
                p,
                lists.taxonomyTerms(taxonomy, parent, top, p.page(), p.perPage(DEFAULT_PER_PAGE)),
                page -> lists.taxonomyTerms(taxonomy, parent, top, page, Paging.MAX_SIZE));
    }

    /** JSON page envelope, or (format=ndjson) every result, one object per line. */
    private ResponseEntity<?> respond(
            ApiParams p, HsdsLists.Page first, java.util.function.IntFunction<HsdsLists.Page> all) {
        String format = p.text("format");
        if (format == null || format.equals("json")) {
            // with its length (EnvelopeJson.Converter), so that the response goes out in one write: a body Spring MVC
            // serializes itself is flushed, sent chunked, and its last chunk is a second write to the socket
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(EnvelopeJson.of(json, first));
        }
        if (!format.equals("ndjson")) {
            throw new Rejected("format", "directory.format.unknown");
        }
        // UTF-8 bytes, as the pages are: a search's items are already UTF-8 (JsonText), and go out without being
        // made into text and encoded again
        java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
        for (int page = 1; ; page++) {
            HsdsLists.Page chunk = all.apply(page);
            chunk.contents().forEach(item -> {
                lines.writeBytes(json.writeValueAsBytes(item));
                lines.write('\n');
            });
            if (chunk.contents().size() < Paging.MAX_SIZE) {
                break;
            }
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(lines.toByteArray());
    }
}
