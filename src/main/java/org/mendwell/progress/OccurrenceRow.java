package org.mendwell.progress;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One occurrence of an exercise given to a client, with what became of it. */
public record OccurrenceRow(
        UUID occurrenceId,
        String exercise,
        Instant dueAt,
        OccurrenceState state,
        @Nullable Instant submittedAt,
        @Nullable UUID submissionId,
        @Nullable Instant reviewedAt,
        @Nullable Integer measureTotal,
        List<ScaleValue> scales) {

    /** A 0–10 answer, labelled by its question's short name. */
    public record ScaleValue(String question, int value) {}
}
