package org.ourown.directory.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.IntFunction;
import org.ourown.directory.SearchQuery;
import org.ourown.directory.internal.HsdsSearch;
import org.ourown.shared.Rejected;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page of {@code GET /api/hsds/service_at_locations} as JSON, the directory's busiest request, answered here, after
 * Spring Security's filters (their headers and checks are kept) and ahead of Spring MVC: finding the handler,
 * resolving its arguments and handling its return value were about two fifths of the app's profile of a search,
 * and answering here takes 15% less of the app's CPU a search (both paths in one app, bench/directory/README.md). Anything else goes on to {@link HsdsApi} as before, which answers it the same way:
 * another format ({@code format=ndjson}), and a bad parameter, which it reads again and answers with a problem JSON
 * in the caller's language. A search that fails fails as any request's does: the problem JSON of the error pages.
 */
final class ServiceAtLocationsPages extends HttpFilter {

    static final String PATH = "/api/hsds/service_at_locations";

    private final transient ServiceAtLocations queries;
    private final transient HsdsSearch search;
    private final transient JsonMapper json;

    ServiceAtLocationsPages(ServiceAtLocations queries, HsdsSearch search, JsonMapper json) {
        this.queries = queries;
        this.search = search;
        this.json = json;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean head = "HEAD".equals(request.getMethod());
        EnvelopeJson page = (head || "GET".equals(request.getMethod())) && PATH.equals(request.getRequestURI())
                ? page(request)
                : null;
        if (page == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(page.length());
        if (!head) {
            page.writeTo(response.getOutputStream());
        }
    }

    /** The page, or null when {@link HsdsApi} is to answer. */
    private EnvelopeJson page(HttpServletRequest request) {
        ApiParams p = new ApiParams(request::getParameter);
        String format = p.text("format");
        if (format != null && !format.equals("json")) {
            return null;
        }
        IntFunction<SearchQuery> pages;
        int asked;
        try {
            pages = queries.pages(p);
            asked = p.page();
        } catch (Rejected e) {
            return null;
        }
        return EnvelopeJson.of(json, search.serviceAtLocations(pages.apply(asked)));
    }
}
