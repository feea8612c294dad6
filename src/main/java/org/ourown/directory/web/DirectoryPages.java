package org.ourown.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.ourown.directory.Directory;
import org.ourown.directory.ServiceKind;
import org.ourown.directory.internal.places.PlaceLookup;
import org.ourown.shared.Htmx;
import org.ourown.shared.NotFound;
import org.ourown.shared.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public directory pages: search, a service, an organization. No sign-in; shareable URLs; no JavaScript needed. */
@Controller
class DirectoryPages {

    private final Directory directory;
    private final PlaceLookup places;
    private final Clock clock;
    private final ZoneId searcherZone;

    DirectoryPages(
            Directory directory,
            PlaceLookup places,
            Clock clock,
            @Value("${ourown.directory.default-zone:America/New_York}") String searcherZone) {
        this.directory = directory;
        this.places = places;
        this.clock = clock;
        this.searcherZone = ZoneId.of(searcherZone);
    }

    @GetMapping("/directory")
    String search(SearchForm form, HttpServletRequest request, Model model) {
        SearchRequest search = new SearchRequest(form, places, clock.instant(), searcherZone);
        model.addAttribute("form", form);
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("errors", search.errors);
        model.addAttribute("placeLabel", search.placeLabel);
        model.addAttribute("now", ZonedDateTime.now(clock));
        model.addAttribute("query", request.getQueryString() == null ? "" : request.getQueryString());
        if (search.query != null) {
            Paging<?> results = directory.search(search.query);
            model.addAttribute("results", results);
        }
        return Htmx.view(request, "directory/search", "results");
    }

    @GetMapping("/directory/services/{id}")
    String service(@PathVariable UUID id, Model model) {
        model.addAttribute("service", directory.service(id).orElseThrow(() -> new NotFound("service")));
        model.addAttribute("now", ZonedDateTime.now(clock));
        return "directory/service";
    }

    @GetMapping("/directory/organizations/{id}")
    String organization(@PathVariable UUID id, Model model) {
        model.addAttribute("organization", directory.organization(id).orElseThrow(() -> new NotFound("organization")));
        model.addAttribute("now", ZonedDateTime.now(clock));
        return "directory/organization";
    }
}
