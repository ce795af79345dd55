package org.mendwell.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The one test clock: makes a {@link MutableClock} the whole application's clock. Every
 * {@link MendwellTest} has it already, so that tests which set the clock and tests which do not share
 * one application context; other test contexts (real HTTP, the MariaDB suite) import it. Between test
 * classes the clock goes back to the real time ({@link TestClockBackToNow}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }
}
