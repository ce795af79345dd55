package org.mendwell.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The application's clock while the demo practice is on. Seeding sets it back to walk the demo clients
 * through weeks of exercises through the real services, each answer stamped on the day it was
 * "written"; once seeding is done it is the system clock again. Never present in production.
 */
@Component
@ConditionalOnProperty(name = "mendwell.demo.enabled", havingValue = "true")
class DemoClock extends Clock implements TravellingClock {

    private volatile Duration offset = Duration.ZERO;

    @Override
    public void travelTo(Instant moment) {
        offset = Duration.between(Instant.now(), moment);
    }

    @Override
    public void backToNow() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
