package org.ourown.accounts.web;

import java.util.Set;
import org.ourown.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

    @Bean
    NavigationItem staffNavigation() {
        return new NavigationItem("/admin/staff", "nav.staff", Set.of("ADMIN", "NETWORK_ADMIN"), 800);
    }

    @Bean
    NavigationItem organizationsNavigation() {
        return new NavigationItem("/network/organizations", "nav.organizations", Set.of("NETWORK_ADMIN"), 900);
    }

    @Bean
    NavigationItem myAccountNavigation() {
        return new NavigationItem(
                "/account", "nav.account", Set.of("MEMBER", "PEER", "COORDINATOR", "ADMIN", "NETWORK_ADMIN"), 1000);
    }
}
