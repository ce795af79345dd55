package org.mendwell.intake;

import java.time.Instant;
import java.util.UUID;
import org.mendwell.shared.i18n.Language;

/** A submitted intake as the client's clinician reads it, with the consent version and language signed. */
public record IntakeReview(
        UUID clientId,
        String clientName,
        IntakeAnswers answers,
        Instant submittedAt,
        int consentVersion,
        Language consentLanguage,
        boolean safetyConcern) {}
