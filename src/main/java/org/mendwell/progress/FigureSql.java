package org.mendwell.progress;

/**
 * The progress figures as SQL, written once so the caseload and the practice overview count alike
 * (definitions: docs/design-decisions/2026-11-24-progress-figures.md). Each fragment is over an
 * occurrence {@code o} joined to its assignment {@code a}, rows already limited to {@code o.due_at <= :now};
 * the 30-day window is {@code (:windowStart, :now]}.
 */
final class FigureSql {

    /** Due in the window: never of a cancelled assignment; of a paused one only if submitted anyway. */
    static final String DUE_IN_WINDOW = """
            sum(case when o.due_at > :windowStart and o.status <> 'CANCELLED'
                      and (a.status = 'ACTIVE' or (a.status = 'PAUSED' and o.status = 'SUBMITTED'))
                     then 1 else 0 end)""";

    /** Of those, submitted. */
    static final String SUBMITTED_IN_WINDOW = """
            sum(case when o.due_at > :windowStart and o.status = 'SUBMITTED' and a.status <> 'CANCELLED'
                     then 1 else 0 end)""";

    /** Still open, of an active assignment, due moment passed (at any time, not only in the window). */
    static final String OVERDUE = "sum(case when o.status = 'OPEN' and a.status = 'ACTIVE' then 1 else 0 end)";

    /** Rows the three sums above need: in the window, or open (possibly overdue). */
    static final String OCCURRENCES_THAT_COUNT = "o.due_at <= :now and (o.due_at > :windowStart or o.status = 'OPEN')";

    private FigureSql() {
    }
}
