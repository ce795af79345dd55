package org.mendwell.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An assignment as the clinician lists it on the client's page. */
public record AssignmentSummary(UUID assignmentId, UUID clientId, String title, int templateVersion,
                                ExerciseTerms.Schedule frequency, LocalDate start, @Nullable LocalDate lastDue,
                                long occurrences, long submitted, AssignmentStatus status,
                                @Nullable String safetyOverrideReason, Instant createdAt) {
}
