package org.mendwell.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.mendwell.demo.TravellingClock;

/**
 * The application's clock in tests (see {@link TestClock}), shared by every thread of the application
 * under test. A test either {@link #set} it, after which it keeps ticking from there, so that things done
 * one after another (the demo practice's status changes, say) still get distinct, ordered times; or
 * {@link #pin}s it, after which it stands still, so that window edges can be hit to the microsecond.
 * It reads the real time until then, and again after each test class ({@link #backToNow}), since one
 * application context serves many test classes.
 */
public final class MutableClock extends Clock implements TravellingClock {

    private record Setting(Instant instant, long nanos, boolean ticking) {}

    private volatile Setting setting;

    /** Starts at the real time, so that whatever the application does before a test sets it looks ordinary. */
    public MutableClock() {
        backToNow();
    }

    /** From now on the clock reads {@code instant}, moving on in real time. */
    public void set(Instant instant) {
        this.setting = new Setting(instant, System.nanoTime(), true);
    }

    /** From now on the clock reads exactly {@code instant}, until it is set or pinned again. */
    public void pin(Instant instant) {
        this.setting = new Setting(instant, System.nanoTime(), false);
    }

    /**
     * Puts the clock at noon in {@code zone} (ticking from there) and returns that day. Work given for "today",
     * due by 23:59, is then neither refused as already past nor due a moment later, whatever the hour of the run
     * (in London it was refused from 23:59 on). Forward only, to the next noon, so that nothing the demo practice
     * seeded at the real time lies ahead of the clock; after noon that is tomorrow, so a test takes its "today"
     * from here, never from the wall clock. A clock already reading 12:xx there stays, so that a test may ask
     * again and keep its day.
     */
    public LocalDate setToNoonIn(ZoneId zone) {
        ZonedDateTime now = instant().atZone(zone);
        if (now.getHour() == LocalTime.NOON.getHour()) {
            return now.toLocalDate();
        }
        ZonedDateTime noon = now.toLocalDate().atTime(LocalTime.NOON).atZone(zone);
        ZonedDateTime next = noon.isAfter(now) ? noon : noon.plusDays(1);
        set(next.toInstant());
        return next.toLocalDate();
    }

    /** The demo history, seeded while this clock is the application's, moves this one. */
    @Override
    public void travelTo(Instant moment) {
        set(moment);
    }

    /** The real time again, ticking. */
    @Override
    public void backToNow() {
        set(Instant.now());
    }

    @Override
    public Instant instant() {
        Setting current = setting;
        return current.ticking()
                ? current.instant().plus(Duration.ofNanos(System.nanoTime() - current.nanos()))
                : current.instant();
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
