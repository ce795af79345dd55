package org.mendwell.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A limit of its own for asking to change to an address that is in use: after {@link #LIMIT} such refusals
 * within an hour, further requests are refused unchecked until the oldest is an hour old. Each refusal tells
 * whether an address is registered, so the form must not test many; but it is not a wrong password, so it
 * no longer counts against the owner's sign-in (security round 2, finding 7). In memory per instance, like
 * {@code RefusedInvites}: behind several instances the limit is that many times higher, still far from a
 * useful rate, and every refusal is in the audit trail besides.
 */
@Component
class RefusedAddressChanges {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofHours(1);

    private final Map<UUID, Deque<Instant>> refusals = new ConcurrentHashMap<>();
    private final Clock clock;

    RefusedAddressChanges(Clock clock) {
        this.clock = clock;
    }

    boolean tooMany(UUID accountId) {
        Deque<Instant> times = refusals.get(accountId);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            forgetOld(times);
            return times.size() >= LIMIT;
        }
    }

    void refused(UUID accountId) {
        Deque<Instant> times = refusals.computeIfAbsent(accountId, id -> new ArrayDeque<>());
        synchronized (times) {
            forgetOld(times);
            times.addLast(clock.instant());
        }
    }

    private void forgetOld(Deque<Instant> times) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && !times.getFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }
}
