package org.mendwell.intake;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the client's intake page needs: their answers so far, whether the intake is open for editing
 * (only while it is in progress), when it was submitted, and the consent texts.
 */
public record IntakeForm(
        String fullName,
        IntakeAnswers answers,
        boolean open,
        @Nullable Instant submittedAt,
        @Nullable Instant lastSaved,
        ConsentText consent) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
