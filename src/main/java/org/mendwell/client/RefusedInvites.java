package org.mendwell.client;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.mendwell.shared.RecentRefusals;
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

    private final RecentRefusals refusals;

    RefusedInvites(Clock clock) {
        this.refusals = new RecentRefusals(clock, LIMIT, WINDOW);
    }

    boolean tooMany(UUID clinicianId) {
        return refusals.tooMany(clinicianId);
    }

    void refused(UUID clinicianId) {
        refusals.refused(clinicianId);
    }
}
