package org.mendwell.client;

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
 * Slows a clinician who keeps getting invitations refused: after {@link #LIMIT} refusals within an hour,
 * every invitation of theirs is refused, unchecked, until the oldest is an hour old. A refusal answers
 * whether an address can be invited, so without a limit the "New client" form would test addresses as
 * fast as it can be sent. Counted per instance, in memory: behind several instances the limit is that
 * many times higher, still far from a useful rate, and every refusal is in the audit trail besides.
 */
@Component
class RefusedInvites {

    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofHours(1);

    private final Map<UUID, Deque<Instant>> refusals = new ConcurrentHashMap<>();
    private final Clock clock;

    RefusedInvites(Clock clock) {
        this.clock = clock;
    }

    boolean tooMany(UUID clinicianId) {
        Deque<Instant> times = refusals.get(clinicianId);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            forgetOld(times);
            return times.size() >= LIMIT;
        }
    }

    void refused(UUID clinicianId) {
        Deque<Instant> times = refusals.computeIfAbsent(clinicianId, id -> new ArrayDeque<>());
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
