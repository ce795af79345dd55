package org.mendwell.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One submitted exercise as a list shows it: what, when it was due and done, and where its review stands. */
public record SubmissionSummary(
        UUID submissionId,
        UUID occurrenceId,
        UUID assignmentId,
        UUID clientId,
        String title,
        int number,
        LocalDate dueDate,
        Instant dueAt,
        @Nullable Instant submittedAt,
        @Nullable Instant reviewedAt,
        boolean sharedWithPartner,
        @Nullable Integer measureTotal,
        MeasureScore.@Nullable Severity measureSeverity,
        boolean riskAlert,
        long comments) {

    public boolean reviewed() {
        return reviewedAt != null;
    }

    /** Submitted after the moment it was due. */
    public boolean late() {
        return submittedAt != null && !OccurrenceRules.isOnTime(submittedAt, dueAt);
    }
}
