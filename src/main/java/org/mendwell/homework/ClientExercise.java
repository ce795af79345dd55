package org.mendwell.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One exercise on a client's list: what it is, when it is due (the date and time in the client's own
 * time zone, and the moment that is), whether it is done.
 */
public record ClientExercise(UUID occurrenceId, UUID assignmentId, String title, @Nullable String instructions,
                            int minutes, int number, LocalDate dueDate, LocalTime dueTime, Instant dueAt,
                            OccurrenceStatus status, @Nullable Instant submittedAt) {

    public boolean done() {
        return status == OccurrenceStatus.SUBMITTED;
    }
}
