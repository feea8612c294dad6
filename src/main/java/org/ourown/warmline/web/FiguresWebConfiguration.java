package org.ourown.warmline.web;

import java.util.Set;
import org.ourown.shared.NavigationItem;
import org.ourown.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FiguresWebConfiguration {

    /** A visitor has no account: the chat's secret in a header is what guards their survey. */
    @Bean
    PublicPaths warmLineSurveyApiIsPublic() {
        return new PublicPaths("/api/warmline/chats/*/survey");
    }

    @Bean
    NavigationItem figuresNavigation() {
        return new NavigationItem(
                "/warmline/console/figures", "nav.warmlineFigures", Set.of("COORDINATOR", "ADMIN"), 440);
    }
}
