package org.mendwell.intake;

import java.time.Instant;
import java.util.UUID;

/** A submitted intake as the client's clinician reads it. */
public record IntakeReview(
        UUID clientId,
        String clientName,
        IntakeAnswers answers,
        Instant submittedAt,
        int consentVersion,
        boolean safetyConcern) {}
