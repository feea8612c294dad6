package org.ourown.warmline.web;

import java.util.Set;
import org.ourown.shared.NavigationItem;
import org.ourown.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CallbacksWebConfiguration {

    /** A visitor asks for a callback over the API with no account; the chat's secret header guards it. */
    @Bean
    PublicPaths visitorCallbackApiIsPublic() {
        return new PublicPaths("/api/warmline/chats/*/callback");
    }

    @Bean
    NavigationItem callbacksNavigation() {
        return new NavigationItem("/warmline/console/callbacks", "nav.warmlineCallbacks", Set.of("PEER"), 425);
    }
}
