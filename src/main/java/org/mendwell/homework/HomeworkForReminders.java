package org.mendwell.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mendwell.homework.domain.ExerciseOccurrenceRepository;
import org.mendwell.homework.domain.SubmissionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads the reminder job needs from homework. The job runs on a schedule with nobody signed in,
 * so it cannot use the services here, which all ask who is asking; these two methods return titles,
 * dates and counts, never answers, comments or scores. Not meant for views.
 */
@Component
@Transactional(readOnly = true)
public class HomeworkForReminders {

    private final ExerciseOccurrenceRepository occurrences;
    private final SubmissionRepository submissions;

    HomeworkForReminders(ExerciseOccurrenceRepository occurrences, SubmissionRepository submissions) {
        this.occurrences = occurrences;
        this.submissions = submissions;
    }

    /**
     * A client's open exercises due on or before the given day (their own today), oldest first. Paused
     * and cancelled assignments and submitted occurrences are left out.
     */
    public List<DueExercise> openDueBy(UUID clientId, LocalDate day) {
        return occurrences.openDueBy(clientId, day);
    }

    /** Exercises submitted to one clinician after {@code after} up to and including {@code upTo}. */
    public NewSubmissions newSubmissions(UUID clinicianId, Instant after, Instant upTo) {
        Object[] counts =
                submissions.countSubmittedBetween(clinicianId, after, upTo).getFirst();
        return new NewSubmissions(
                ((Number) counts[0]).longValue(),
                ((Number) counts[1]).longValue(),
                submissions.countUnreviewed(clinicianId));
    }
}
