package org.mendwell.client;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in client's own record. {@code withoutClinician} says, in plain words, whom to contact while
 * their clinician's account is inactive and no colleague has taken them over; null while they have one.
 * {@code clinicianChanged} ("Your clinician is now …") is set from a handover until the client has seen it.
 */
public record ClientProfile(
        UUID clientId,
        String fullName,
        ClientStatus status,
        @Nullable String withoutClinician,
        @Nullable String clinicianChanged) {}
