package org.mendwell.progress;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing in the clinician's review inbox: a submitted intake (its {@code id} is the client's) or a
 * submitted exercise not yet reviewed (its {@code id} is the submission's), with when it arrived, whether
 * it carries a risk or safety answer, the language of an exercise's title,, and whether the client has replied to feedback since it was last read.
 */
public record ReviewItem(
        Kind kind,
        UUID id,
        UUID clientId,
        String clientName,
        String title,
        String language,
        Instant submittedAt,
        boolean riskAnswer,
        boolean clientReplied) {

    public enum Kind {
        INTAKE,
        SUBMISSION
    }
}
