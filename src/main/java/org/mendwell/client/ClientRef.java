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
        boolean safetyFlag) {}
