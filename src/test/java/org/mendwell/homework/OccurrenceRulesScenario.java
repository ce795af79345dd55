package org.mendwell.homework;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * One truth table for "due", "done", "to do" and "overdue" (and so "missed"), and every form of each rule
 * in {@link OccurrenceRules} held against it: the SQL fragments and the JPQL fragments run on the
 * database against a real occurrence and assignment row, the Java predicates in memory. Run on H2
 * ({@link OccurrenceRulesTest}) and on MariaDB ({@link OccurrenceRulesMariaDbTest}).
 *
 * <p>The table is written out by hand from docs/design-decisions/2026-11-24-progress-figures.md; the
 * rows cover every occurrence status × assignment status × due moment just before, at and just after
 * now × (for a submitted one) submitted before, at and after its due moment.
 */
@Transactional
abstract class OccurrenceRulesScenario {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    enum Moment {
        BEFORE_NOW(NOW.minusSeconds(1)),
        AT_NOW(NOW),
        AFTER_NOW(NOW.plusSeconds(1));

        final Instant dueAt;

        Moment(Instant dueAt) {
            this.dueAt = dueAt;
        }

        boolean passed() {
            return this != AFTER_NOW;
        }
    }

    enum Submitted {
        NOT(null),
        BEFORE_DUE(-60L),
        AT_DUE(0L),
        AFTER_DUE(60L);

        final @Nullable Long secondsAfterDue;

        Submitted(@Nullable Long secondsAfterDue) {
            this.secondsAfterDue = secondsAfterDue;
        }
    }

    /** Whether the pair counts as due once its due moment has passed, and whether the client is asked to do it. */
    record Pair(OccurrenceStatus occurrence, AssignmentStatus assignment, boolean dueOncePassed, boolean toDo) {}

    static final List<Pair> TABLE = List.of(
            //        occurrence                    assignment                  due once passed  to do
            new Pair(OccurrenceStatus.OPEN, AssignmentStatus.ACTIVE, true, true),
            new Pair(OccurrenceStatus.OPEN, AssignmentStatus.PAUSED, false, false),
            new Pair(OccurrenceStatus.OPEN, AssignmentStatus.CANCELLED, false, false),
            new Pair(OccurrenceStatus.SUBMITTED, AssignmentStatus.ACTIVE, true, false),
            new Pair(OccurrenceStatus.SUBMITTED, AssignmentStatus.PAUSED, true, false),
            new Pair(OccurrenceStatus.SUBMITTED, AssignmentStatus.CANCELLED, false, false),
            new Pair(OccurrenceStatus.CANCELLED, AssignmentStatus.ACTIVE, false, false),
            new Pair(OccurrenceStatus.CANCELLED, AssignmentStatus.PAUSED, false, false),
            new Pair(OccurrenceStatus.CANCELLED, AssignmentStatus.CANCELLED, false, false));

    /** One row of the table with what each rule must answer for it. */
    record Row(Pair pair, Moment moment, Submitted submitted) {

        Instant dueAt() {
            return moment.dueAt;
        }

        @Nullable
        Instant submittedAt() {
            return submitted.secondsAfterDue == null ? null : moment.dueAt.plusSeconds(submitted.secondsAfterDue);
        }

        boolean due() {
            return pair.dueOncePassed() && moment.passed();
        }

        boolean done() {
            return pair.occurrence() == OccurrenceStatus.SUBMITTED;
        }

        boolean doneOnTime() {
            return done() && submitted != Submitted.AFTER_DUE;
        }

        boolean overdue() {
            return pair.toDo() && moment.passed();
        }

        @Override
        public String toString() {
            return pair.occurrence() + " occurrence of a " + pair.assignment() + " assignment, due " + moment
                    + (done() ? ", submitted " + submitted : "");
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Pair pair : TABLE) {
            for (Moment moment : Moment.values()) {
                if (pair.occurrence() == OccurrenceStatus.SUBMITTED) {
                    for (Submitted submitted : List.of(Submitted.BEFORE_DUE, Submitted.AT_DUE, Submitted.AFTER_DUE)) {
                        rows.add(new Row(pair, moment, submitted));
                    }
                } else {
                    rows.add(new Row(pair, moment, Submitted.NOT));
                }
            }
        }
        return rows;
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    String occurrenceId;
    String assignmentId;

    /** One assignment with one occurrence for a client of the demo practice; each row rewrites both. */
    @BeforeEach
    void oneOccurrenceToRewrite() {
        var client = jdbc.sql("select id, clinician_id from client order by id limit 1")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        var template = jdbc.sql("select id, current_version from exercise_template order by id limit 1")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)})
                .single();
        assignmentId = UUID.randomUUID().toString();
        occurrenceId = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into assignment (id, client_id, clinician_id, template_id, template_version, title,
                                                frequency, start_date, due_time, time_zone, status, created_at, version)
                        values (:id, :client, :clinician, :template, :templateVersion, 'Truth table', 'ONCE',
                                :start, :dueTime, 'UTC', 'ACTIVE', :at, 0)
                        """)
                .param("id", assignmentId)
                .param("client", client[0])
                .param("clinician", client[1])
                .param("template", template[0])
                .param("templateVersion", template[1])
                .param("start", utc(NOW).toLocalDate())
                .param("dueTime", utc(NOW).toLocalTime())
                .param("at", utc(NOW.minusSeconds(86_400)))
                .update();
        jdbc.sql("""
                        insert into exercise_occurrence (id, assignment_id, client_id, number, due_date, due_at, status,
                                                         submitted_at, version)
                        values (:id, :assignment, :client, 1, :dueDate, :dueAt, 'OPEN', null, 0)
                        """)
                .param("id", occurrenceId)
                .param("assignment", assignmentId)
                .param("client", client[0])
                .param("dueDate", utc(NOW).toLocalDate())
                .param("dueAt", utc(NOW))
                .update();
    }

    @Test
    void the_table_covers_every_status_pair_and_each_due_occurrence_is_either_done_or_overdue() {
        assertThat(TABLE)
                .hasSize(OccurrenceStatus.values().length * AssignmentStatus.values().length)
                .extracting(pair -> pair.occurrence() + "/" + pair.assignment())
                .doesNotHaveDuplicates();
        assertThat(rows()).hasSize(45).allSatisfy(row -> {
            // "Missed" needs no rule of its own: a due occurrence not done is exactly an overdue one.
            assertThat(row.due() && !row.done()).as(row.toString()).isEqualTo(row.overdue());
            assertThat(!row.overdue() || row.due()).as(row.toString()).isTrue();
        });
    }

    @Test
    void every_form_of_each_rule_answers_as_the_table_says() {
        var softly = new SoftAssertions();
        for (Row row : rows()) {
            store(row);
            OccurrenceStatus occurrence = row.pair().occurrence();
            AssignmentStatus assignment = row.pair().assignment();
            String as = row.toString();

            softly.assertThat(sql(OccurrenceRules.DUE_SQL))
                    .as("due, SQL: " + as)
                    .isEqualTo(row.due());
            softly.assertThat(OccurrenceRules.isDue(occurrence, assignment, row.dueAt(), NOW))
                    .as("due, Java: " + as)
                    .isEqualTo(row.due());

            softly.assertThat(sql(OccurrenceRules.DONE_SQL))
                    .as("done, SQL: " + as)
                    .isEqualTo(row.done());
            softly.assertThat(OccurrenceRules.isDone(occurrence))
                    .as("done, Java: " + as)
                    .isEqualTo(row.done());

            softly.assertThat(sql(OccurrenceRules.DONE_ON_TIME_SQL))
                    .as("on time, SQL: " + as)
                    .isEqualTo(row.doneOnTime());
            softly.assertThat(OccurrenceRules.isDoneOnTime(occurrence, row.submittedAt(), row.dueAt()))
                    .as("on time, Java: " + as)
                    .isEqualTo(row.doneOnTime());

            softly.assertThat(sql(OccurrenceRules.TO_DO_SQL))
                    .as("to do, SQL: " + as)
                    .isEqualTo(row.pair().toDo());
            softly.assertThat(jpql(OccurrenceRules.TO_DO_JPQL))
                    .as("to do, JPQL: " + as)
                    .isEqualTo(row.pair().toDo());
            softly.assertThat(OccurrenceRules.isToDo(occurrence, assignment))
                    .as("to do, Java: " + as)
                    .isEqualTo(row.pair().toDo());

            softly.assertThat(jpql(OccurrenceRules.DONE_OR_TO_DO_JPQL))
                    .as("done or to do, JPQL: " + as)
                    .isEqualTo(row.done() || row.pair().toDo());

            softly.assertThat(sql(OccurrenceRules.OVERDUE_SQL))
                    .as("overdue, SQL: " + as)
                    .isEqualTo(row.overdue());
            softly.assertThat(OccurrenceRules.isOverdue(occurrence, assignment, row.dueAt(), NOW))
                    .as("overdue, Java: " + as)
                    .isEqualTo(row.overdue());
        }
        softly.assertAll();
    }

    private void store(Row row) {
        jdbc.sql("update assignment set status = :status where id = :id")
                .param("status", row.pair().assignment().name())
                .param("id", assignmentId)
                .update();
        jdbc.sql("update exercise_occurrence set status = :status, due_at = :dueAt, submitted_at = :submittedAt "
                        + "where id = :id")
                .param("status", row.pair().occurrence().name())
                .param("dueAt", utc(row.dueAt()))
                .param("submittedAt", row.submittedAt() == null ? null : utc(row.submittedAt()))
                .param("id", occurrenceId)
                .update();
    }

    private boolean sql(String fragment) {
        return jdbc.sql("select count(*) from exercise_occurrence o join assignment a on a.id = o.assignment_id "
                                + "where o.id = :id and " + fragment)
                        .param("id", occurrenceId)
                        .param("now", utc(NOW))
                        .query(Long.class)
                        .single()
                == 1;
    }

    private boolean jpql(String fragment) {
        return entityManager
                        .createQuery(
                                "select count(o) from ExerciseOccurrence o join Assignment a "
                                        + "on a.id = o.assignmentId where o.id = :id and " + fragment,
                                Long.class)
                        .setParameter("id", UUID.fromString(occurrenceId))
                        .getSingleResult()
                == 1;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
