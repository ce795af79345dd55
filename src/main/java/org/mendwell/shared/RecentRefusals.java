package org.mendwell.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refusals per person in a sliding window, for forms whose refusals tell something (whether an address is in
 * use): after {@code limit} refusals within {@code window}, {@link #tooMany} says so until the oldest has aged
 * out. In memory per instance: behind several instances the limit is that many times higher, still far from a
 * useful rate, and every refusal is in the audit trail besides.
 */
public final class RecentRefusals {

    private final Map<UUID, Deque<Instant>> refusals = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;
    private final Duration window;

    public RecentRefusals(Clock clock, int limit, Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    public boolean tooMany(UUID personId) {
        Deque<Instant> times = refusals.get(personId);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            forgetOld(times);
            return times.size() >= limit;
        }
    }

    public void refused(UUID personId) {
        Deque<Instant> times = refusals.computeIfAbsent(personId, id -> new ArrayDeque<>());
        synchronized (times) {
            forgetOld(times);
            times.addLast(clock.instant());
        }
    }

    private void forgetOld(Deque<Instant> times) {
        Instant cutoff = clock.instant().minus(window);
        while (!times.isEmpty() && !times.getFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }
}
