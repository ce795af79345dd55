package org.mendwell.client.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.CaseloadRow;
import org.mendwell.client.ClientStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One page of a clinician's caseload for the pickers (invite a partner, give an exercise): the rows the
 * {@link CaseloadFilter} lets through, with the filter's own SQL condition, so the pickers and the
 * caseload's figures grid cannot disagree about who matches.
 */
@Component
public class CaseloadRows {

    /** Sort keys (the record's property names) and their columns: nothing else reaches the ORDER BY. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "fullName",
            "c.full_name",
            "email",
            "c.email",
            "status",
            "c.status",
            "safetyFlag",
            "c.safety_flag",
            "createdAt",
            "c.created_at",
            "statusChangedAt",
            "c.status_changed_at",
            "id",
            "c.id");

    private static final String PAGE = """
            select c.id, c.full_name, c.email, c.status, c.safety_flag, c.risk_alert_at, c.created_at,
                   c.status_changed_at, p.full_name as partner_name
            from client c left join client p on p.id = c.partner_id
            where %s
            order by %s
            limit :limit offset :offset""";

    private static final String COUNT = "select count(*) from client c where %s";

    private final JdbcClient jdbc;

    CaseloadRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page's sort must name only keys of SORT_COLUMNS (ClientService checks them). */
    public Page<CaseloadRow> page(
            UUID clinicianId, CaseloadFilter filter, Set<UUID> alsoNeedingAttention, Pageable page) {
        Map<String, Object> parameters = filter.sqlParameters(clinicianId, alsoNeedingAttention);
        var rows = jdbc.sql(PAGE.formatted(filter.sqlCondition(), orderBy(page.getSort())))
                .params(parameters)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((row, number) -> row(row))
                .list();
        long total = jdbc.sql(COUNT.formatted(filter.sqlCondition()))
                .params(parameters)
                .query(Long.class)
                .single();
        return new PageImpl<>(rows, page, total);
    }

    private static String orderBy(Sort sort) {
        return sort.stream()
                .map(order -> SORT_COLUMNS.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
    }

    private static CaseloadRow row(ResultSet row) throws SQLException {
        return new CaseloadRow(
                UUID.fromString(row.getString("id")),
                row.getString("full_name"),
                row.getString("email"),
                ClientStatus.valueOf(row.getString("status")),
                row.getBoolean("safety_flag"),
                row.getObject("risk_alert_at") != null,
                instant(row, "created_at"),
                instant(row, "status_changed_at"),
                row.getString("partner_name"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        @Nullable LocalDateTime time = row.getObject(column, LocalDateTime.class);
        if (time == null) {
            throw new IllegalStateException("client." + column + " is never empty");
        }
        return time.toInstant(ZoneOffset.UTC);
    }
}
