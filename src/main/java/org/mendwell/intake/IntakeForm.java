package org.mendwell.intake;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the client's intake page needs: their answers so far, whether the intake is open for editing
 * (only while it is in progress), when it was submitted, the consent texts, and what the submit would
 * refuse in the answers kept so far (each message keyed by its property), to show next to each field.
 */
public record IntakeForm(
        String fullName,
        IntakeAnswers answers,
        boolean open,
        @Nullable Instant submittedAt,
        @Nullable Instant lastSaved,
        ConsentText consent,
        Map<String, String> keptProblems) {

    public IntakeForm {
        keptProblems = Collections.unmodifiableMap(new LinkedHashMap<>(keptProblems));
    }

    public boolean submitted() {
        return submittedAt != null;
    }
}
