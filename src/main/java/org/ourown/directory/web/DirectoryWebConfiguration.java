package org.ourown.directory.web;

import java.util.Set;
import org.ourown.directory.internal.HsdsSearch;
import org.ourown.directory.internal.places.PlaceLookup;
import org.ourown.shared.NavigationItem;
import org.ourown.shared.PublicPaths;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class DirectoryWebConfiguration {

    @Bean
    PublicPaths directoryPublicPaths() {
        return new PublicPaths(
                "/directory", "/directory/services/*", "/directory/organizations/*", "/api/hsds", "/api/hsds/**");
    }

    @Bean
    NavigationItem directoryNavigation() {
        return new NavigationItem("/directory", "nav.directory", Set.of(), 100);
    }

    @Bean
    NavigationItem listingsNavigation() {
        return new NavigationItem(
                "/directory/manage", "nav.listings", Set.of("COORDINATOR", "ADMIN", "NETWORK_ADMIN"), 200);
    }

    @Bean
    NavigationItem importNavigation() {
        return new NavigationItem("/network/directory-import", "nav.import", Set.of("NETWORK_ADMIN"), 950);
    }

    /** Right after Spring Security's filters, wherever {@code spring.security.filter.order} puts them. */
    @Bean
    FilterRegistrationBean<ServiceAtLocationsPages> serviceAtLocationsPages(
            ServiceAtLocations queries, HsdsSearch search, JsonMapper json, SecurityFilterProperties security) {
        FilterRegistrationBean<ServiceAtLocationsPages> registration =
                new FilterRegistrationBean<>(new ServiceAtLocationsPages(queries, search, json));
        registration.setOrder(security.getOrder() + 1);
        registration.addUrlPatterns(ServiceAtLocationsPages.PATH);
        return registration;
    }

    /** The bundled ZIP and city centroids, loaded once. */
    @Bean
    PlaceLookup placeLookup() {
        return PlaceLookup.load();
    }
}
