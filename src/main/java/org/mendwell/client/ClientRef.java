package org.mendwell.client;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The identifiers other features need about a client they are allowed to see. */
public record ClientRef(
        UUID clientId,
        UUID accountId,
        UUID clinicianId,
        @Nullable UUID partnerId,
        ClientStatus status,
        String fullName,
        boolean safetyFlag) {

    /**
     * The one safety rule of couples work: a flag on either partner (their intake's safety screen, or the
     * clinician's) flags the case, and work the partners do together stays closed for both until the
     * clinician opens it with a written reason.
     */
    public boolean caseFlagged(@Nullable ClientRef partner) {
        return safetyFlag || (partner != null && partner.safetyFlag());
    }
}
