package org.mendwell.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One exercise on a client's list: what it is, when it is due (the date and time in the client's own
 * time zone, and the moment that is), how far the client has got with it, whether it is done.
 *
 * @param answered       questions answered so far in the draft (or in the submission)
 * @param questions      questions in the exercise
 * @param unreadFeedback the clinician's comments the client has not opened yet
 * @param language       the ISO 639-1 code of the language of the version given (its title's language)
 */
public record ClientExercise(
        UUID occurrenceId,
        UUID assignmentId,
        String title,
        @Nullable String instructions,
        int minutes,
        int number,
        LocalDate dueDate,
        LocalTime dueTime,
        Instant dueAt,
        OccurrenceStatus status,
        @Nullable Instant submittedAt,
        int answered,
        long questions,
        long unreadFeedback,
        String language) {

    public ClientExercise(
            UUID occurrenceId,
            UUID assignmentId,
            String title,
            @Nullable String instructions,
            int minutes,
            int number,
            LocalDate dueDate,
            LocalTime dueTime,
            Instant dueAt,
            OccurrenceStatus status,
            @Nullable Instant submittedAt,
            @Nullable Integer answered,
            long questions,
            long unreadFeedback,
            String language) {
        this(
                occurrenceId,
                assignmentId,
                title,
                instructions,
                minutes,
                number,
                dueDate,
                dueTime,
                dueAt,
                status,
                submittedAt,
                answered == null ? 0 : answered.intValue(),
                questions,
                unreadFeedback,
                language);
    }

    public boolean newFeedback() {
        return unreadFeedback > 0;
    }

    /** Started but not submitted. */
    public boolean inProgress() {
        return !done() && answered > 0;
    }

    public boolean done() {
        return OccurrenceRules.isDone(status);
    }
}
