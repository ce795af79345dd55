package org.mendwell.progress;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.mendwell.client.ClientStatus;
import org.mendwell.shared.Paging;
import org.springframework.data.domain.Sort;

/**
 * The caseload grid's sort keys and the SQL each stands for. Only these fixed fragments ever reach
 * the ORDER BY; a key the grid does not offer is refused. Figures that may be missing (no rate, no
 * activity, no answer) sort last in both directions, the same on H2 and MariaDB.
 */
final class CaseloadSort {

    private record Key(String expression, boolean mayBeMissing) {}

    /** Client statuses in their lifecycle order, not alphabetically. */
    private static final String STATUS_ORDER = Arrays.stream(ClientStatus.values())
            .map(s -> "when '" + s.name() + "' then " + s.ordinal())
            .collect(Collectors.joining(" ", "case r.status ", " end"));

    private static final Map<String, Key> KEYS = Map.ofEntries(
            Map.entry("fullName", new Key("r.full_name", false)),
            Map.entry("email", new Key("r.email", false)),
            Map.entry("status", new Key(STATUS_ORDER, false)),
            // A risk alert before a safety flag before neither.
            Map.entry(
                    "safety",
                    new Key(
                            "case when r.risk_alert_at is not null then 2 when r.safety_flag then 1 else 0 end",
                            false)),
            Map.entry("since", new Key("r.created_at", false)),
            Map.entry("activeAssignments", new Key("r.active_assignments", false)),
            Map.entry("completionRate", new Key("r.submitted_count * 1.0 / nullif(r.due_count, 0)", true)),
            Map.entry("overdue", new Key("r.overdue", false)),
            Map.entry("unreviewed", new Key("r.unreviewed", false)),
            Map.entry("lastActivity", new Key("r.last_activity", true)),
            Map.entry("mainScale", new Key("r.scale_latest", true)));

    private static final String TIE_BREAK = "r.full_name, r.id";

    private CaseloadSort() {}

    /** The ORDER BY list for a requested sort, from the fixed fragments above; the tie-break keeps pages stable. */
    static String orderBy(Sort sort) {
        var clauses = new StringBuilder();
        for (Sort.Order order : sort) {
            Key key = KEYS.get(order.getProperty());
            if (key == null) {
                throw Paging.unknownSort(order.getProperty());
            }
            if (key.mayBeMissing()) {
                clauses.append("case when ").append(key.expression()).append(" is null then 1 else 0 end, ");
            }
            clauses.append(key.expression()).append(order.isAscending() ? " asc, " : " desc, ");
        }
        return clauses + TIE_BREAK;
    }
}
