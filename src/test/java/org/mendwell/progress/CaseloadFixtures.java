package org.mendwell.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Homework rows written straight into the tables, each with exactly the times and statuses a figure
 * turns on, so that every expected figure can be worked out by hand. Exercises are daily check-ins,
 * so their "Trust" answers are the main check-in scale's.
 */
final class CaseloadFixtures {

    private final JdbcClient jdbc;
    private final Instant now;
    private final UUID checkInTemplate;
    private final int checkInVersion;
    private final UUID trustQuestion;
    private final int trustPosition;

    CaseloadFixtures(JdbcClient jdbc, Instant now) {
        this.jdbc = jdbc;
        this.now = now;
        var trust = jdbc.sql("""
                        select t.id, v.number, q.id, q.position
                        from exercise_template t
                          join exercise_template_version v on v.template_id = t.id and v.number = t.current_version
                          join exercise_question q on q.template_version_id = v.id
                        where t.template_key = 'daily-check-in' and q.prompt like 'Trust:%'
                        """)
                .query((row, n) -> new Object[] {row.getString(1), row.getInt(2), row.getString(3), row.getInt(4)})
                .single();
        this.checkInTemplate = UUID.fromString((String) trust[0]);
        this.checkInVersion = (Integer) trust[1];
        this.trustQuestion = UUID.fromString((String) trust[2]);
        this.trustPosition = (Integer) trust[3];
    }

    Instant ago(Duration duration) {
        return now.minus(duration);
    }

    UUID clinician(String name, String email) {
        UUID id = UUID.randomUUID();
        account(id, email, name, "CLINICIAN");
        return id;
    }

    UUID client(UUID clinician, String name, String status) {
        UUID account = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@figures.example";
        account(account, email, name, "CLIENT");
        jdbc.sql("""
                        insert into client (id, clinician_id, account_id, full_name, email, status, safety_flag,
                                            created_at, status_changed_at, version, reminders_enabled)
                        values (:id, :clinician, :account, :name, :email, :status, false, :at, :at, 0, true)
                        """)
                .param("id", id.toString()).param("clinician", clinician.toString())
                .param("account", account.toString()).param("name", name).param("email", email)
                .param("status", status).param("at", utc(ago(Duration.ofDays(90)))).update();
        return id;
    }

    void flagForSafety(UUID client) {
        jdbc.sql("update client set safety_flag = true where id = :id").param("id", client.toString()).update();
    }

    void raiseRiskAlert(UUID client) {
        jdbc.sql("update client set risk_alert_at = :at where id = :id").param("at", utc(now))
                .param("id", client.toString()).update();
    }

    void partners(UUID one, UUID other) {
        for (UUID[] pair : new UUID[][] {{one, other}, {other, one}}) {
            jdbc.sql("update client set partner_id = :partner where id = :id").param("partner", pair[1].toString())
                    .param("id", pair[0].toString()).update();
        }
    }

    /** A daily check-in given to the client by the clinician, in the given status. */
    UUID assignment(UUID client, UUID clinician, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into assignment (id, client_id, clinician_id, template_id, template_version, title,
                                                frequency, start_date, due_time, time_zone, status, created_at, version)
                        values (:id, :client, :clinician, :template, :templateVersion, 'Daily check-in', 'DAILY',
                                :start, :dueTime, 'UTC', :status, :at, 0)
                        """)
                .param("id", id.toString()).param("client", client.toString())
                .param("clinician", clinician.toString()).param("template", checkInTemplate.toString())
                .param("templateVersion", checkInVersion)
                .param("start", utc(ago(Duration.ofDays(60))).toLocalDate()).param("dueTime", LocalTime.of(21, 0))
                .param("status", status).param("at", utc(ago(Duration.ofDays(60)))).update();
        return id;
    }

    private int occurrenceNumber;

    /** One due exercise; submitted ones get {@code submitted_at}, open and cancelled ones none. */
    UUID occurrence(UUID assignment, UUID client, Instant dueAt, String status, @Nullable Instant submittedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into exercise_occurrence (id, assignment_id, client_id, number, due_date, due_at, status,
                                                         submitted_at, version)
                        values (:id, :assignment, :client, :number, :dueDate, :dueAt, :status, :submittedAt, 0)
                        """)
                .param("id", id.toString()).param("assignment", assignment.toString())
                .param("client", client.toString()).param("number", ++occurrenceNumber)
                .param("dueDate", utc(dueAt).toLocalDate()).param("dueAt", utc(dueAt)).param("status", status)
                .param("submittedAt", submittedAt == null ? null : utc(submittedAt), java.sql.Types.TIMESTAMP)
                .update();
        return id;
    }

    /** An occurrence submitted at the given moment, with its submission (and a Trust answer if given). */
    UUID submitted(UUID assignment, UUID client, UUID clinician, Instant dueAt, Instant submittedAt,
                   @Nullable Instant reviewedAt, @Nullable Integer trust) {
        UUID occurrence = occurrence(assignment, client, dueAt, "SUBMITTED", submittedAt);
        return submission(occurrence, assignment, client, clinician, "SUBMITTED", submittedAt, submittedAt,
                reviewedAt, trust);
    }

    /** A draft the client last saved at {@code savedAt} on an open occurrence. */
    UUID draft(UUID occurrence, UUID assignment, UUID client, UUID clinician, Instant savedAt,
               @Nullable Integer trust) {
        return submission(occurrence, assignment, client, clinician, "DRAFT", savedAt, null, null, trust);
    }

    private UUID submission(UUID occurrence, UUID assignment, UUID client, UUID clinician, String status,
                            Instant updatedAt, @Nullable Instant submittedAt, @Nullable Instant reviewedAt,
                            @Nullable Integer trust) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into submission (id, occurrence_id, assignment_id, client_id, clinician_id, status,
                                                answered, started_at, updated_at, submitted_at, shared_with_partner,
                                                reviewed_at, risk_alert, version)
                        values (:id, :occurrence, :assignment, :client, :clinician, :status, 1, :startedAt,
                                :updatedAt, :submittedAt, false, :reviewedAt, false, 0)
                        """)
                .param("id", id.toString()).param("occurrence", occurrence.toString())
                .param("assignment", assignment.toString()).param("client", client.toString())
                .param("clinician", clinician.toString()).param("status", status)
                .param("startedAt", utc(updatedAt.minus(Duration.ofMinutes(10)))).param("updatedAt", utc(updatedAt))
                .param("submittedAt", submittedAt == null ? null : utc(submittedAt), java.sql.Types.TIMESTAMP)
                .param("reviewedAt", reviewedAt == null ? null : utc(reviewedAt), java.sql.Types.TIMESTAMP)
                .update();
        if (trust != null) {
            jdbc.sql("""
                            insert into submission_answer (id, submission_id, question_id, position, scale_value)
                            values (:id, :submission, :question, :position, :value)
                            """)
                    .param("id", UUID.randomUUID().toString()).param("submission", id.toString())
                    .param("question", trustQuestion.toString()).param("position", trustPosition)
                    .param("value", trust).update();
        }
        return id;
    }

    private void account(UUID id, String email, String name, String role) {
        jdbc.sql("""
                        insert into account (id, email, display_name, password_hash, role, active, created_at, version)
                        values (:id, :email, :name, 'not-a-usable-hash', :role, true, :at, 0)
                        """)
                .param("id", id.toString()).param("email", email).param("name", name).param("role", role)
                .param("at", utc(ago(Duration.ofDays(100)))).update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
