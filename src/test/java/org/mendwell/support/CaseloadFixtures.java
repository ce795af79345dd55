package org.mendwell.support;

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
 * turns on, so that every expected figure can be worked out by hand, for a clock pinned at {@link #NOW}.
 * Exercises are daily check-ins, so their "Trust" answers are the main check-in scale's; a submitted
 * one also carries it in {@code submission.main_scale}, as submitting writes it.
 */
public final class CaseloadFixtures {

    /** The clinician who owns the known caseload. */
    public static final String KNOWN_CLINICIAN = "dr.figures@mendwell.example";

    /** The known caseload's "now": Friday 20 November 2026, 12:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private final JdbcClient jdbc;
    private final UUID checkInTemplate;
    private final int checkInVersion;
    private final UUID trustQuestion;
    private final int trustPosition;

    public CaseloadFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    public record KnownCaseload(UUID clinician, UUID ada, UUID ben, UUID cara, UUID dan, UUID eve) {}

    /**
     * A clinician with five clients whose figures are worked out by hand, for a clock pinned at {@link #NOW}.
     * <p>The 30-day window is (21 Oct 12:00, 20 Nov 12:00].
     * <pre>
     * Ada    ACTIVE. Active check-in: due exactly 30 days ago (submitted, outside the window),
     *        30 days ago + 1 s (submitted, Trust 10), 2 days ago (open, a draft saved an hour ago),
     *        40 days ago (open: overdue, outside the window), exactly now (open), in an hour (open, not due),
     *        1 day ago (submitted, Trust 8). Paused: 3 days ago (submitted, Trust 6), 4 days ago (open).
     *        Cancelled: 5 days ago (cancelled), 6 days ago (submitted).
     *        Due 5, submitted 3 (60 %), overdue 3, unreviewed 3 (not the two reviewed), last activity the draft.
     *        Trust 8 against the mean of 6 (10 is more than four weeks before the latest): up.
     * Ben    ACTIVE, safety flag. Paused check-in with an open exercise 2 days ago: nothing due, nothing overdue.
     * Cara   ACTIVE, Dan's partner. Submitted and reviewed 2, 10, 20 and 30 days ago (Trust 3, 5, 4, 0); open
     *        1 day ago (with a draft answering Trust 10), 5 and 7 days ago.
     *        Due 6, submitted 3 (50 %), overdue 3, unreviewed 0. Trust 3 against (5 + 4 + 0) / 3 = 3, the 0
     *        exactly four weeks before the latest: flat. The draft's 10 is not an answer yet.
     * Dan    ACTIVE, risk alert, Cara's partner. Submitted 6 days ago, Trust 7, not reviewed: 100 %, no trend.
     * Eve    INVITED. Nothing.
     * </pre>
     */
    public KnownCaseload knownCaseload() {
        UUID clinician = clinician("Dr. Fig Figures", KNOWN_CLINICIAN);
        UUID ada = client(clinician, "Ada Marlowe", "ACTIVE");
        UUID ben = client(clinician, "Ben Marlowe", "ACTIVE");
        UUID cara = client(clinician, "Cara Marlowe", "ACTIVE");
        UUID dan = client(clinician, "Dan Marlowe", "ACTIVE");
        UUID eve = client(clinician, "Eve Marlowe", "INVITED");
        flagForSafety(ben);
        raiseRiskAlert(dan);
        partners(cara, dan);

        var adaActive = assignment(ada, clinician, "ACTIVE");
        submitted(adaActive, ada, clinician, ago(days(30)), ago(days(29)), ago(days(28)), null);
        submitted(
                adaActive,
                ada,
                clinician,
                ago(days(30)).plusSeconds(1),
                ago(days(29)).plus(hours(1)),
                null,
                10);
        var adaOpen = occurrence(adaActive, ada, ago(days(2)), "OPEN", null);
        draft(adaOpen, adaActive, ada, clinician, ago(hours(1)), null);
        occurrence(adaActive, ada, ago(days(40)), "OPEN", null);
        occurrence(adaActive, ada, NOW, "OPEN", null);
        occurrence(adaActive, ada, NOW.plus(hours(1)), "OPEN", null);
        submitted(adaActive, ada, clinician, ago(days(1)), ago(days(1)).plus(hours(2)), null, 8);
        var adaPaused = assignment(ada, clinician, "PAUSED");
        submitted(adaPaused, ada, clinician, ago(days(3)), ago(days(3)).plus(hours(1)), ago(days(2)), 6);
        occurrence(adaPaused, ada, ago(days(4)), "OPEN", null);
        var adaCancelled = assignment(ada, clinician, "CANCELLED");
        occurrence(adaCancelled, ada, ago(days(5)), "CANCELLED", null);
        submitted(adaCancelled, ada, clinician, ago(days(6)), ago(days(6)).plus(hours(1)), null, null);

        var benPaused = assignment(ben, clinician, "PAUSED");
        occurrence(benPaused, ben, ago(days(2)), "OPEN", null);

        var caraActive = assignment(cara, clinician, "ACTIVE");
        int[] trust = {3, 5, 4, 0};
        int[] daysAgo = {2, 10, 20, 30};
        for (int i = 0; i < trust.length; i++) {
            submitted(
                    caraActive,
                    cara,
                    clinician,
                    ago(days(daysAgo[i])),
                    ago(days(daysAgo[i])).plus(hours(1)),
                    NOW.minus(hours(2)),
                    trust[i]);
        }
        var caraOpen = occurrence(caraActive, cara, ago(days(1)), "OPEN", null);
        draft(caraOpen, caraActive, cara, clinician, ago(days(1)), 10);
        occurrence(caraActive, cara, ago(days(5)), "OPEN", null);
        occurrence(caraActive, cara, ago(days(7)), "OPEN", null);

        var danActive = assignment(dan, clinician, "ACTIVE");
        submitted(danActive, dan, clinician, ago(days(6)), ago(days(6)).plus(hours(1)), null, 7);

        return new KnownCaseload(clinician, ada, ben, cara, dan, eve);
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    public Instant ago(Duration duration) {
        return NOW.minus(duration);
    }

    public UUID clinician(String name, String email) {
        UUID id = UUID.randomUUID();
        account(id, email, name, "CLINICIAN");
        return id;
    }

    public UUID client(UUID clinician, String name, String status) {
        UUID account = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@figures.example";
        account(account, email, name, "CLIENT");
        jdbc.sql("""
                        insert into client (id, clinician_id, account_id, full_name, email, status, safety_flag,
                                            created_at, status_changed_at, version, reminders_enabled)
                        values (:id, :clinician, :account, :name, :email, :status, false, :at, :at, 0, true)
                        """)
                .param("id", id.toString())
                .param("clinician", clinician.toString())
                .param("account", account.toString())
                .param("name", name)
                .param("email", email)
                .param("status", status)
                .param("at", utc(ago(Duration.ofDays(90))))
                .update();
        return id;
    }

    public void flagForSafety(UUID client) {
        jdbc.sql("update client set safety_flag = true where id = :id")
                .param("id", client.toString())
                .update();
    }

    public void raiseRiskAlert(UUID client) {
        jdbc.sql("update client set risk_alert_at = :at where id = :id")
                .param("at", utc(NOW))
                .param("id", client.toString())
                .update();
    }

    public void partners(UUID one, UUID other) {
        for (UUID[] pair : new UUID[][] {{one, other}, {other, one}}) {
            jdbc.sql("update client set partner_id = :partner where id = :id")
                    .param("partner", pair[1].toString())
                    .param("id", pair[0].toString())
                    .update();
        }
    }

    /** A daily check-in given to the client by the clinician, in the given status. */
    public UUID assignment(UUID client, UUID clinician, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into assignment (id, client_id, clinician_id, template_id, template_version, title,
                                                frequency, start_date, due_time, time_zone, status, created_at, version)
                        values (:id, :client, :clinician, :template, :templateVersion, 'Daily check-in', 'DAILY',
                                :start, :dueTime, 'UTC', :status, :at, 0)
                        """)
                .param("id", id.toString())
                .param("client", client.toString())
                .param("clinician", clinician.toString())
                .param("template", checkInTemplate.toString())
                .param("templateVersion", checkInVersion)
                .param("start", utc(ago(Duration.ofDays(60))).toLocalDate())
                .param("dueTime", LocalTime.of(21, 0))
                .param("status", status)
                .param("at", utc(ago(Duration.ofDays(60))))
                .update();
        return id;
    }

    private int occurrenceNumber;

    /** One due exercise; submitted ones get {@code submitted_at}, open and cancelled ones none. */
    public UUID occurrence(UUID assignment, UUID client, Instant dueAt, String status, @Nullable Instant submittedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into exercise_occurrence (id, assignment_id, client_id, number, due_date, due_at, status,
                                                         submitted_at, version)
                        values (:id, :assignment, :client, :number, :dueDate, :dueAt, :status, :submittedAt, 0)
                        """)
                .param("id", id.toString())
                .param("assignment", assignment.toString())
                .param("client", client.toString())
                .param("number", ++occurrenceNumber)
                .param("dueDate", utc(dueAt).toLocalDate())
                .param("dueAt", utc(dueAt))
                .param("status", status)
                .param("submittedAt", submittedAt == null ? null : utc(submittedAt), java.sql.Types.TIMESTAMP)
                .update();
        return id;
    }

    /** An occurrence submitted at the given moment, with its submission (and a Trust answer if given). */
    public UUID submitted(
            UUID assignment,
            UUID client,
            UUID clinician,
            Instant dueAt,
            Instant submittedAt,
            @Nullable Instant reviewedAt,
            @Nullable Integer trust) {
        UUID occurrence = occurrence(assignment, client, dueAt, "SUBMITTED", submittedAt);
        return submission(
                occurrence, assignment, client, clinician, "SUBMITTED", submittedAt, submittedAt, reviewedAt, trust);
    }

    /** A draft the client last saved at {@code savedAt} on an open occurrence. */
    public UUID draft(
            UUID occurrence, UUID assignment, UUID client, UUID clinician, Instant savedAt, @Nullable Integer trust) {
        return submission(occurrence, assignment, client, clinician, "DRAFT", savedAt, null, null, trust);
    }

    private UUID submission(
            UUID occurrence,
            UUID assignment,
            UUID client,
            UUID clinician,
            String status,
            Instant updatedAt,
            @Nullable Instant submittedAt,
            @Nullable Instant reviewedAt,
            @Nullable Integer trust) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into submission (id, occurrence_id, assignment_id, client_id, clinician_id, status,
                                                answered, started_at, updated_at, submitted_at, shared_with_partner,
                                                reviewed_at, risk_alert, main_scale, version)
                        values (:id, :occurrence, :assignment, :client, :clinician, :status, 1, :startedAt,
                                :updatedAt, :submittedAt, false, :reviewedAt, false, :mainScale, 0)
                        """)
                .param("id", id.toString())
                .param("occurrence", occurrence.toString())
                .param("assignment", assignment.toString())
                .param("client", client.toString())
                .param("clinician", clinician.toString())
                .param("status", status)
                .param("startedAt", utc(updatedAt.minus(Duration.ofMinutes(10))))
                .param("updatedAt", utc(updatedAt))
                .param("submittedAt", submittedAt == null ? null : utc(submittedAt), java.sql.Types.TIMESTAMP)
                .param("reviewedAt", reviewedAt == null ? null : utc(reviewedAt), java.sql.Types.TIMESTAMP)
                .param("mainScale", status.equals("SUBMITTED") ? trust : null, java.sql.Types.INTEGER)
                .update();
        if (trust != null) {
            jdbc.sql("""
                            insert into submission_answer (id, submission_id, question_id, position, scale_value)
                            values (:id, :submission, :question, :position, :value)
                            """)
                    .param("id", UUID.randomUUID().toString())
                    .param("submission", id.toString())
                    .param("question", trustQuestion.toString())
                    .param("position", trustPosition)
                    .param("value", trust)
                    .update();
        }
        return id;
    }

    private void account(UUID id, String email, String name, String role) {
        jdbc.sql("""
                        insert into account (id, email, display_name, password_hash, role, active, created_at, version)
                        values (:id, :email, :name, 'not-a-usable-hash', :role, true, :at, 0)
                        """)
                .param("id", id.toString())
                .param("email", email)
                .param("name", name)
                .param("role", role)
                .param("at", utc(ago(Duration.ofDays(100))))
                .update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
