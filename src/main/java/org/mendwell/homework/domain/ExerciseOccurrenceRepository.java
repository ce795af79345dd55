package org.mendwell.homework.domain;

import java.util.List;
import java.util.UUID;
import org.mendwell.homework.ClientExercise;
import org.mendwell.homework.OccurrenceRules;
import org.mendwell.homework.OccurrenceStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExerciseOccurrenceRepository extends JpaRepository<ExerciseOccurrence, UUID> {

    List<ExerciseOccurrence> findByAssignmentIdOrderByNumber(UUID assignmentId);

    java.util.Optional<ExerciseOccurrence> findFirstByAssignmentIdAndStatusOrderByNumber(
            UUID assignmentId, OccurrenceStatus status);

    /**
     * A client's exercises in one statement: open ones of active assignments and every submitted one,
     * never cancelled ones, each with its exercise's title, estimated time, how far the client got and how
     * much of their clinician's feedback they have not opened yet.
     */
    @Query("""
            select new org.mendwell.homework.ClientExercise(o.id, a.id, a.title, a.instructions, t.minutes, o.number,
                   o.dueDate, a.dueTime, o.dueAt, o.status, o.submittedAt, s.answered,
                   (select count(q) from ExerciseQuestion q join ExerciseTemplateVersion v on v.id = q.templateVersionId
                    where v.templateId = a.templateId and v.number = a.templateVersion),
                   (select count(c) from SubmissionComment c where c.submissionId = s.id and c.fromClinician = true
                      and (s.feedbackReadAt is null or c.createdAt > s.feedbackReadAt)),
                   given.language)
            from ExerciseOccurrence o
              join Assignment a on a.id = o.assignmentId
              join ExerciseTemplate t on t.id = a.templateId
              join ExerciseTemplateVersion given on given.templateId = a.templateId and given.number = a.templateVersion
              left join Submission s on s.occurrenceId = o.id
            where o.clientId = :clientId and """ + OccurrenceRules.DONE_OR_TO_DO_JPQL + """
            order by o.dueAt, a.title
            """)
    List<ClientExercise> exercisesOf(@Param("clientId") UUID clientId);

    /** Occurrences still to do, due on or before a day (the client's local day), for reminders: title, its language and date only. */
    @Query("""
            select new org.mendwell.homework.DueExercise(a.title, t.theme, v.language, o.dueDate)
            from ExerciseOccurrence o
              join Assignment a on a.id = o.assignmentId
              join ExerciseTemplate t on t.id = a.templateId
              join ExerciseTemplateVersion v on v.templateId = a.templateId and v.number = a.templateVersion
            where o.clientId = :clientId and o.dueDate <= :day and """ + OccurrenceRules.TO_DO_JPQL + """
            order by o.dueDate, o.dueAt, a.title
            """)
    List<org.mendwell.homework.DueExercise> openDueBy(
            @Param("clientId") UUID clientId, @Param("day") java.time.LocalDate day);
}
