package org.ourown.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, so that tests can move time instead of waiting for it. */
@Configuration(proxyBeanMethods = false)
public class Clocks {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
