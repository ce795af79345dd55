package org.mendwell.demo;

import java.time.Instant;

/**
 * The application's clock, when it can be set back: the demo practice's own ({@link DemoClock}) or a test's.
 * The demo history walks its clients through past weeks by moving whichever clock the services read, so a
 * test that brings its own clock still gets a history that was accepted as it happened.
 */
public interface TravellingClock {

    /** From now on the clock reads {@code moment}, moving on in real time. */
    void travelTo(Instant moment);

    /** The real time again. */
    void backToNow();
}
