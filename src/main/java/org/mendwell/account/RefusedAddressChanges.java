package org.mendwell.account;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.mendwell.shared.RecentRefusals;
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

    private final RecentRefusals refusals;

    RefusedAddressChanges(Clock clock) {
        this.refusals = new RecentRefusals(clock, LIMIT, WINDOW);
    }

    boolean tooMany(UUID accountId) {
        return refusals.tooMany(accountId);
    }

    void refused(UUID accountId) {
        refusals.refused(accountId);
    }
}
