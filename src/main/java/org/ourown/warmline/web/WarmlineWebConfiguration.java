package org.ourown.warmline.web;

import java.util.Set;
import org.ourown.shared.NavigationItem;
import org.ourown.shared.PublicPaths;
import org.ourown.shared.SecretGuardedPaths;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WarmlineWebConfiguration {

    /**
     * Lines and visitors' chats need no account. {@code /warmline/*} also matches the console and the line settings;
     * their facades require a signed-in peer or coordinator, so a visitor there is sent to sign in. The visitor's
     * API is public address by address, so that a staff address under {@code /api/warmline/chats/} stays closed.
     */
    @Bean
    PublicPaths warmLinesArePublic() {
        return new PublicPaths(
                "/warmline",
                "/warmline/*",
                "/warmline/*/chats",
                "/warmline/chat/**",
                "/api/warmline/lines",
                "/api/warmline/lines/*",
                "/api/warmline/lines/*/chats",
                "/api/warmline/chats/*",
                "/api/warmline/chats/*/messages",
                "/api/warmline/chats/*/leave",
                "/api/warmline/chats/*/events",
                "/api/warmline/chats/*/remember");
    }

    /** The visitor's chat posts carry the chat's secret cookie, which no other site can send. */
    @Bean
    SecretGuardedPaths chatPostsProveThemselves() {
        return new SecretGuardedPaths("/warmline/chat/*/messages");
    }

    /** After Spring Session's filter (order MIN_VALUE + 50), before Spring Security's (-100). */
    @Bean
    FilterRegistrationBean<SessionlessChatRequests> sessionlessChatRequests() {
        FilterRegistrationBean<SessionlessChatRequests> registration =
                new FilterRegistrationBean<>(new SessionlessChatRequests());
        registration.setOrder(-150);
        return registration;
    }

    @Bean
    NavigationItem warmLinesNavigation() {
        return new NavigationItem("/warmline", "nav.warmline", Set.of(), 110);
    }

    @Bean
    NavigationItem consoleNavigation() {
        return new NavigationItem("/warmline/console", "nav.warmlineConsole", Set.of("PEER"), 420);
    }

    @Bean
    NavigationItem lineSettingsNavigation() {
        return new NavigationItem("/warmline/lines", "nav.warmlineLines", Set.of("COORDINATOR", "ADMIN"), 430);
    }
}
