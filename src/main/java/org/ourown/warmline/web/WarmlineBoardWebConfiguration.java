package org.ourown.warmline.web;

import java.util.Set;
import org.ourown.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The coordinators' pages of the warm line: the live board (with links on to blocks and transcripts). */
@Configuration(proxyBeanMethods = false)
class WarmlineBoardWebConfiguration {

    @Bean
    NavigationItem boardNavigation() {
        return new NavigationItem("/warmline/console/board", "nav.warmlineBoard", Set.of("COORDINATOR", "ADMIN"), 425);
    }
}
