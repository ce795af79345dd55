package org.mendwell.homework.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mendwell.homework.AssignmentSummary;
import org.mendwell.homework.ExerciseNames;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssignmentRepository extends JpaRepository<Assignment, UUID> {

    /** The title is the exercise's name in the reader's language ({@code :language}, {@link ExerciseNames}). */
    String SUMMARY = """
            select new org.mendwell.homework.AssignmentSummary(a.id, a.clientId, """ + ExerciseNames.ASSIGNMENT_TITLE_JPQL + """
            , a.templateVersion,
                   a.frequency, a.startDate, max(o.dueDate), count(o),
                   coalesce(sum(case when o.status = org.mendwell.homework.OccurrenceStatus.SUBMITTED then 1 else 0 end), 0),
                   a.status, a.safetyOverrideReason, a.createdAt)
            from Assignment a left join ExerciseOccurrence o on o.assignmentId = a.id
            """;

    String GROUP = """
             group by a.id, a.clientId, a.title, a.templateId, a.templateVersion, a.frequency, a.startDate, a.status,
                      a.safetyOverrideReason, a.createdAt
            """;

    /** A client's assignments with their counts, in one statement. */
    @Query(SUMMARY + " where a.clientId = :clientId " + GROUP + " order by a.createdAt desc")
    List<AssignmentSummary> summariesOf(@Param("clientId") UUID clientId, @Param("language") String language);

    /** A client was handed to another clinician: the exercises given to them are now that clinician's. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @Query(
            "update Assignment a set a.clinicianId = :clinicianId, a.version = a.version + 1 where a.clientId = :clientId")
    int moveToClinician(@Param("clientId") UUID clientId, @Param("clinicianId") UUID clinicianId);

    /** The active assignments of one template given to any of these clients, in one statement. */
    @Query(SUMMARY + " where a.clientId in :clientIds and a.templateId = :templateId"
            + " and a.status = org.mendwell.homework.AssignmentStatus.ACTIVE " + GROUP + " order by a.createdAt")
    List<AssignmentSummary> activeSummariesOf(
            @Param("clientIds") java.util.Collection<UUID> clientIds,
            @Param("templateId") UUID templateId,
            @Param("language") String language);

    @Query(SUMMARY + " where a.id = :assignmentId " + GROUP)
    Optional<AssignmentSummary> summaryOf(@Param("assignmentId") UUID assignmentId, @Param("language") String language);
}
