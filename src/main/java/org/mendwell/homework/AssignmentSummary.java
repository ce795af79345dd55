package org.mendwell.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An assignment as the clinician lists it on the client's page. */
public record AssignmentSummary(
        UUID assignmentId,
        UUID clientId,
        String title,
        int templateVersion,
        ExerciseTerms.Schedule frequency,
        LocalDate start,
        @Nullable LocalDate lastDue,
        long occurrences,
        long submitted,
        AssignmentStatus status,
        @Nullable String safetyOverrideReason,
        Instant createdAt) {

    /** "once, due 7 Dec 2026" or "weekly, 4 times from 7 Dec 2026 until 28 Dec 2026", dates in the given format. */
    public String scheduleText(DateTimeFormatter dates) {
        if (frequency == ExerciseTerms.Schedule.ONCE) {
            return "once, due " + dates.format(start);
        }
        return frequency.label().toLowerCase(Locale.ROOT) + ", " + occurrences + (occurrences == 1 ? " time" : " times")
                + " from " + dates.format(start) + (lastDue == null ? "" : " until " + dates.format(lastDue));
    }
}
