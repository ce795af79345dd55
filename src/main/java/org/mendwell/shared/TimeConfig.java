package org.mendwell.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

/**
 * One clock for the whole application, so tests can pin time. It is the fallback: the demo practice
 * brings a clock it can set back while seeding, and tests may bring their own.
 */
@Configuration
class TimeConfig {

    @Bean
    @Fallback
    Clock clock() {
        return Clock.systemUTC();
    }
}
