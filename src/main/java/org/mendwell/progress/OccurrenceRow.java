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

    /** A 0–10 answer, named by its question's name or whole prompt (never cut: a CSV header shows it whole). */
    public record ScaleValue(String question, int value) {

        /** The question's name, shortened for a grid cell. */
        public String label() {
            return ScaleLabels.shortLabel(question);
        }
    }
}
