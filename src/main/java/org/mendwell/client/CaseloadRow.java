package org.mendwell.client;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a clinician's caseload grid. */
public record CaseloadRow(
        UUID clientId,
        String fullName,
        String email,
        ClientStatus status,
        boolean safetyFlag,
        boolean riskAlert,
        Instant since,
        Instant statusChangedAt,
        @Nullable String partnerName) {}
