package org.mendwell.progress;

import org.mendwell.homework.OccurrenceRules;

/**
 * The progress figures as SQL sums, written once so the caseload and the practice overview count alike;
 * what due, done and overdue mean is homework's {@link OccurrenceRules}. Each fragment is over an
 * occurrence {@code o} joined to its assignment {@code a}; the 30-day window is {@code (:windowStart, :now]}.
 */
final class FigureSql {

    /** Due in the window ({@link OccurrenceRules#DUE_SQL}). */
    static final String DUE_IN_WINDOW =
            "sum(case when o.due_at > :windowStart and " + OccurrenceRules.DUE_SQL + " then 1 else 0 end)";

    /** Of those, done. */
    static final String SUBMITTED_IN_WINDOW = "sum(case when o.due_at > :windowStart and " + OccurrenceRules.DUE_SQL
            + " and " + OccurrenceRules.DONE_SQL + " then 1 else 0 end)";

    /** Overdue now, at any time, not only in the window. */
    static final String OVERDUE = "sum(case when " + OccurrenceRules.OVERDUE_SQL + " then 1 else 0 end)";

    /** Rows the three sums above need (a narrowing the indexes serve): in the window, or open (possibly overdue). */
    static final String OCCURRENCES_THAT_COUNT = "o.due_at <= :now and (o.due_at > :windowStart or o.status = 'OPEN')";

    private FigureSql() {}
}
