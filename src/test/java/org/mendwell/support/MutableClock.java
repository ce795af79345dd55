package org.mendwell.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test sets by hand, shared by every thread of the application under test. It keeps
 * ticking from the moment it was set, so that things done one after another (the demo practice's
 * status changes, say) still get distinct, ordered times.
 */
public final class MutableClock extends Clock {

    private record Setting(Instant instant, long nanos) {
    }

    private volatile Setting setting;

    /** Starts at the real time, so that whatever the application does before a test sets it looks ordinary. */
    public MutableClock() {
        set(Instant.now());
    }

    public void set(Instant instant) {
        this.setting = new Setting(instant, System.nanoTime());
    }

    @Override
    public Instant instant() {
        Setting current = setting;
        return current.instant().plus(Duration.ofNanos(System.nanoTime() - current.nanos()));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
