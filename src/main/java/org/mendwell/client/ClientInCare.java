package org.mendwell.client;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A client a departing clinician must hand over, as the administrator sees them: the name and where they
 * stand, nothing clinical. A couple is one entry ({@code partnerName}): partners keep one clinician.
 */
public record ClientInCare(
        UUID clientId,
        String fullName,
        ClientStatus status,
        @Nullable String partnerName) {}
