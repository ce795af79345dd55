package org.mendwell.homework.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mendwell.homework.ExerciseNames;
import org.mendwell.homework.SharedByPartner;
import org.mendwell.homework.SubmissionSummary;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubmissionRepository extends JpaRepository<Submission, UUID> {

    /** The title is the exercise's name in the reader's language ({@code :language}, {@link ExerciseNames}). */
    String SUMMARY = """
            select new org.mendwell.homework.SubmissionSummary(s.id, s.occurrenceId, s.assignmentId, s.clientId,
            """ + ExerciseNames.ASSIGNMENT_TITLE_JPQL + """
            , o.number, o.dueDate, o.dueAt, s.submittedAt, s.reviewedAt, s.sharedWithPartner,
                   s.measureTotal, s.measureSeverity, s.riskAlert,
                   (select count(c) from SubmissionComment c where c.submissionId = s.id))
            from Submission s
              join Assignment a on a.id = s.assignmentId
              join ExerciseOccurrence o on o.id = s.occurrenceId
            """;

    Optional<Submission> findByOccurrenceId(UUID occurrenceId);

    @EntityGraph(attributePaths = "answers")
    @Query("select s from Submission s where s.id = :id")
    Optional<Submission> findWithAnswers(@Param("id") UUID id);

    @EntityGraph(attributePaths = "answers")
    @Query("select s from Submission s where s.occurrenceId = :occurrenceId")
    Optional<Submission> findWithAnswersByOccurrenceId(@Param("occurrenceId") UUID occurrenceId);

    /** A client's submitted exercises, newest first, with their titles and comment counts, in one statement. */
    @Query(SUMMARY + """
             where s.clientId = :clientId and s.status = org.mendwell.homework.SubmissionStatus.SUBMITTED
             order by s.submittedAt desc
            """)
    List<SubmissionSummary> submittedBy(@Param("clientId") UUID clientId, @Param("language") String language);

    /** What a client chose to share with their partner, newest first: titles and dates only. */
    @Query("""
            select new org.mendwell.homework.SharedByPartner(s.id, a.title, v.language, s.submittedAt)
            from Submission s
              join Assignment a on a.id = s.assignmentId
              join ExerciseTemplateVersion v on v.templateId = a.templateId and v.number = a.templateVersion
            where s.clientId = :clientId and s.status = org.mendwell.homework.SubmissionStatus.SUBMITTED
              and s.sharedWithPartner = true
            order by s.submittedAt desc
            """)
    List<SharedByPartner> sharedBy(@Param("clientId") UUID clientId);

    @Query(SUMMARY + " where s.id = :id")
    Optional<SubmissionSummary> summaryOf(@Param("id") UUID id, @Param("language") String language);

    /**
     * Earlier submissions of the same recurring exercise, newest first, answers fetched in the same statement.
     * The submission itself is excluded by id: its in-memory time may be finer than the column's microseconds.
     */
    @EntityGraph(attributePaths = "answers")
    @Query("""
            select s from Submission s
            where s.assignmentId = :assignmentId and s.status = org.mendwell.homework.SubmissionStatus.SUBMITTED
              and s.id <> :submissionId and s.submittedAt <= :before
            order by s.submittedAt desc
            """)
    List<Submission> earlier(
            @Param("assignmentId") UUID assignmentId,
            @Param("submissionId") UUID submissionId,
            @Param("before") java.time.Instant before,
            Limit limit);

    /** A client was handed to another clinician: what they submitted waits for that clinician's review. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @Query(
            "update Submission s set s.clinicianId = :clinicianId, s.version = s.version + 1 where s.clientId = :clientId")
    int moveToClinician(@Param("clientId") UUID clientId, @Param("clinicianId") UUID clinicianId);

    /** A client's risk alerts not yet signed off, oldest first. */
    @Query(SUMMARY + """
             where s.clientId = :clientId and s.status = org.mendwell.homework.SubmissionStatus.SUBMITTED
               and s.riskAlert = true and s.riskSignedOffAt is null
             order by s.submittedAt
            """)
    List<SubmissionSummary> openRiskAlerts(@Param("clientId") UUID clientId, @Param("language") String language);

    /** A client's risk alerts already signed off, the latest sign-off first; who signed off is an account id. */
    @Query("""
            select new org.mendwell.homework.domain.SignedOffRiskAlert(s.id,
            """ + ExerciseNames.ASSIGNMENT_TITLE_JPQL + """
            , s.submittedAt, s.riskSignedOffAt, s.riskSignedOffBy, s.riskSignOffNote)
            from Submission s
              join Assignment a on a.id = s.assignmentId
            where s.clientId = :clientId and s.riskAlert = true and s.riskSignedOffAt is not null
            order by s.riskSignedOffAt desc
            """)
    List<SignedOffRiskAlert> signedOffRiskAlerts(@Param("clientId") UUID clientId, @Param("language") String language);

    @Query("""
            select count(s) from Submission s
            where s.clinicianId = :clinicianId and s.status = org.mendwell.homework.SubmissionStatus.SUBMITTED
              and s.reviewedAt is null
            """)
    long countUnreviewed(@Param("clinicianId") UUID clinicianId);

    /** How many exercises were submitted to a clinician in a period, and by how many clients: one row. */
    @Query("""
            select count(s), count(distinct s.clientId) from Submission s
            where s.clinicianId = :clinicianId and s.status = org.mendwell.homework.SubmissionStatus.SUBMITTED
              and s.submittedAt > :after and s.submittedAt <= :upTo
            """)
    List<Object[]> countSubmittedBetween(
            @Param("clinicianId") UUID clinicianId,
            @Param("after") java.time.Instant after,
            @Param("upTo") java.time.Instant upTo);
}
