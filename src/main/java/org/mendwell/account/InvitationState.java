package org.mendwell.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Where the latest invitation of an account stands, for the clinician's client page. */
public record InvitationState(Status status, Instant sentAt, Instant expiresAt) {

    public enum Status {
        PENDING,
        EXPIRED,
        USED,
        REVOKED
    }

    static InvitationState of(
            Instant sentAt, Instant expiresAt, @Nullable Instant usedAt, @Nullable Instant revokedAt, Instant now) {
        Status status = usedAt != null
                ? Status.USED
                : revokedAt != null ? Status.REVOKED : now.isBefore(expiresAt) ? Status.PENDING : Status.EXPIRED;
        return new InvitationState(status, sentAt, expiresAt);
    }
}
