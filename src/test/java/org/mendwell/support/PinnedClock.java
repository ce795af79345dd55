package org.mendwell.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test stops at an exact moment, so that window edges can be hit to the microsecond. It reads
 * the real time until pinned, so the demo practice seeds as usual. Unlike {@link MutableClock} it does
 * not move on once pinned. Import {@link Config} to make it the application's clock.
 */
public final class PinnedClock extends Clock {

    private volatile @Nullable Instant pinned;

    public void pin(Instant instant) {
        pinned = instant;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at == null ? Instant.now() : at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        PinnedClock pinnedClock() {
            return new PinnedClock();
        }
    }
}
