package org.mendwell.intake;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What the client's intake page needs: their answers so far, whether they are final, and the consent texts. */
public record IntakeForm(String fullName, IntakeAnswers answers, @Nullable Instant submittedAt,
                         @Nullable Instant lastSaved, ConsentText consent) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
