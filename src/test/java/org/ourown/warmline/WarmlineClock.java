package org.ourown.warmline;

import org.ourown.members.MovableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the warm line's time-bound tests move forward (blocks running out, retention passing). Test classes that
 * import it share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class WarmlineClock {

    @Bean
    @Primary
    public MovableClock movableClock() {
        return new MovableClock();
    }
}
