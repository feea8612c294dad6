package org.ourown.members.web;

import java.util.Set;
import org.ourown.shared.NavigationItem;
import org.ourown.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MembersWebConfiguration {

    @Bean
    PublicPaths joiningIsPublic() {
        return new PublicPaths("/join", "/join/**");
    }

    @Bean
    NavigationItem myRecordNavigation() {
        return new NavigationItem("/me", "nav.me", Set.of("MEMBER"), 150);
    }

    @Bean
    NavigationItem membersNavigation() {
        return new NavigationItem("/members", "nav.members", Set.of("PEER", "COORDINATOR", "ADMIN"), 400);
    }

    @Bean
    NavigationItem erasuresNavigation() {
        return new NavigationItem("/members/erasures", "nav.erasures", Set.of("COORDINATOR", "ADMIN"), 410);
    }
}
