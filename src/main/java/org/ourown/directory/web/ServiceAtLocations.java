package org.ourown.directory.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.IntFunction;
import org.ourown.directory.Near;
import org.ourown.directory.SearchQuery;
import org.ourown.directory.ServiceKind;
import org.ourown.directory.internal.places.PlaceLookup;
import org.ourown.shared.Paging;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Component;

/**
 * The search {@code /api/hsds/service_at_locations} asks for: HSDS's {@code postcode} and {@code proximity}, and our
 * extensions {@code lat}, {@code lng}, {@code radius}, {@code open_now}, {@code open_at}, {@code attendance},
 * {@code language}, {@code accessibility}, {@code peer_run}, {@code taxonomy_term_id} and {@code search}. Read by
 * {@link HsdsApi} and by {@link ServiceAtLocationsPages}.
 */
@Component
class ServiceAtLocations {

    static final int DEFAULT_PER_PAGE = 50;

    private final PlaceLookup places;
    private final TermCodes terms;
    private final Clock clock;

    ServiceAtLocations(PlaceLookup places, TermCodes terms, Clock clock) {
        this.places = places;
        this.terms = terms;
        this.clock = clock;
    }

    /**
     * The search for each page: the page asked for at its size, any other at the largest size (for
     * {@code format=ndjson}). Every parameter is read and checked first: a bad one is a {@link Rejected}.
     */
    IntFunction<SearchQuery> pages(ApiParams p) {
        Near near = p.near(places);
        Instant openAt = "true".equals(p.text("open_now")) ? clock.instant() : p.instant("open_at");
        UUID term = terms.check(p.id("taxonomy_term_id"));
        ServiceKind kind = term == null ? null : terms.kind(term);
        if (term != null && kind == null) {
            throw new Rejected("taxonomy_term_id", "directory.term.notKind");
        }
        String words = p.text("search");
        String attendance = p.text("attendance");
        String language = p.text("language");
        String accessibility = p.text("accessibility");
        boolean peerRun = "true".equals(p.text("peer_run"));
        int asked = p.page();
        int size = p.perPage(DEFAULT_PER_PAGE);
        return page -> new SearchQuery(
                words,
                kind,
                near,
                openAt,
                attendance,
                language,
                accessibility,
                peerRun,
                page,
                page == asked ? size : Paging.MAX_SIZE);
    }
}
