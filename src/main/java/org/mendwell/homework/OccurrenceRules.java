package org.mendwell.homework;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When an exercise occurrence is due, done or overdue, defined once (the words are those of
 * docs/design-decisions/2026-11-24-progress-figures.md). Each rule is written here in every language
 * that needs it: SQL for the progress figures and lists read with plain SQL, JPQL for the homework
 * repositories, Java for lists already in memory. {@code OccurrenceRulesScenario} runs every form
 * against one truth table on H2 and on MariaDB, so the forms cannot drift apart.
 *
 * <p>The SQL and JPQL fragments are over an occurrence {@code o} joined to its assignment {@code a};
 * {@code :now} is the moment asked about (bound as UTC, as Hibernate stores times). Each fragment is
 * parenthesised, so it can be combined with {@code and}/{@code or} as it stands.
 *
 * <ul>
 *   <li><b>Due</b>: the due moment has passed ({@code due_at <= now}); never of a cancelled occurrence or
 *       assignment; of a paused assignment only if the client submitted it anyway.</li>
 *   <li><b>Done</b>: submitted, whenever and whatever its assignment's status since; <b>on time</b> when
 *       submitted no later than its due moment.</li>
 *   <li><b>To do</b>: open, of an active assignment: the client is still asked to do it.</li>
 *   <li><b>Overdue</b>: to do, and its due moment has passed. A due occurrence that is not done is
 *       missed; with the rules above that is exactly an overdue one (the truth table checks it).</li>
 * </ul>
 *
 * The client's own list and reminder e-mail group by the local day instead ("Today", "Overdue" for an
 * earlier day): something due at nine this morning is still today's to the client.
 */
public final class OccurrenceRules {

    /** Due: see the class comment. */
    public static final String DUE_SQL = "(o.due_at <= :now and o.status <> 'CANCELLED'"
            + " and (a.status = 'ACTIVE' or (a.status = 'PAUSED' and o.status = 'SUBMITTED')))";

    /** Done: submitted. */
    public static final String DONE_SQL = "(o.status = 'SUBMITTED')";

    /** Done, and no later than the due moment. */
    public static final String DONE_ON_TIME_SQL = "(o.status = 'SUBMITTED' and o.submitted_at <= o.due_at)";

    /** Open, of an active assignment. */
    public static final String TO_DO_SQL = "(o.status = 'OPEN' and a.status = 'ACTIVE')";

    /** To do, and the due moment has passed. */
    public static final String OVERDUE_SQL = "(" + TO_DO_SQL + " and o.due_at <= :now)";

    /** {@link #TO_DO_SQL} for the repositories' JPQL. */
    public static final String TO_DO_JPQL = "(o.status = org.mendwell.homework.OccurrenceStatus.OPEN"
            + " and a.status = org.mendwell.homework.AssignmentStatus.ACTIVE)";

    /** What the client's own list shows: done, or still to do (never cancelled or paused work). */
    public static final String DONE_OR_TO_DO_JPQL =
            "(o.status = org.mendwell.homework.OccurrenceStatus.SUBMITTED" + " or " + TO_DO_JPQL + ")";

    private OccurrenceRules() {}

    public static boolean isDue(OccurrenceStatus occurrence, AssignmentStatus assignment, Instant dueAt, Instant now) {
        return !dueAt.isAfter(now)
                && occurrence != OccurrenceStatus.CANCELLED
                && (assignment == AssignmentStatus.ACTIVE
                        || (assignment == AssignmentStatus.PAUSED && occurrence == OccurrenceStatus.SUBMITTED));
    }

    public static boolean isDone(OccurrenceStatus occurrence) {
        return occurrence == OccurrenceStatus.SUBMITTED;
    }

    public static boolean isDoneOnTime(OccurrenceStatus occurrence, @Nullable Instant submittedAt, Instant dueAt) {
        return isDone(occurrence) && submittedAt != null && isOnTime(submittedAt, dueAt);
    }

    /** A submission at the very due moment is on time. */
    public static boolean isOnTime(Instant submittedAt, Instant dueAt) {
        return !submittedAt.isAfter(dueAt);
    }

    public static boolean isToDo(OccurrenceStatus occurrence, AssignmentStatus assignment) {
        return occurrence == OccurrenceStatus.OPEN && assignment == AssignmentStatus.ACTIVE;
    }

    public static boolean isOverdue(
            OccurrenceStatus occurrence, AssignmentStatus assignment, Instant dueAt, Instant now) {
        return isToDo(occurrence, assignment) && !dueAt.isAfter(now);
    }
}
