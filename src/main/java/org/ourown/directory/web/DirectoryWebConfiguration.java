package org.ourown.directory.web;

import java.util.Set;
import org.ourown.directory.internal.places.PlaceLookup;
import org.ourown.shared.NavigationItem;
import org.ourown.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

    /** The bundled ZIP and city centroids, loaded once. */
    @Bean
    PlaceLookup placeLookup() {
        return PlaceLookup.load();
    }
}
