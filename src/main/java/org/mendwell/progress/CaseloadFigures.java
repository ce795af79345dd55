package org.mendwell.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.ClientStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The caseload's page query: one SQL statement that filters, aggregates, sorts and pages one
 * clinician's clients, plus one count. Native SQL because the figures are aggregates over four
 * features' tables that no entity owns; it runs unchanged on H2 (MariaDB mode) and MariaDB. Every
 * derived table is limited to the clinician's clients before it aggregates anything.
 * Times are bound and read as UTC, as Hibernate writes them.
 *
 * <p>The figures are computed for all of the clinician's clients (a join on {@code client.clinician_id},
 * never {@code in (select id from mine)}, which H2 re-evaluates row by row), then left-joined to the
 * filtered {@code mine}. The main scale ({@code homework.MainScale}) is the value each submitted
 * check-in keeps in {@code submission.main_scale}, read per client from one index range with no
 * answer, assignment or question joins; its latest value and earlier average come from one pass
 * (docs/performance.md, docs/design-decisions/2026-11-24-main-scale-on-submission.md).
 */
@Component
class CaseloadFigures {

    static final int WINDOW_DAYS = 30;
    static final int TREND_DAYS = 28;

    private static final String PAGE = """
            with mine as (
                select c.id, c.full_name, c.email, c.status, c.safety_flag, c.risk_alert_at, c.created_at, c.partner_id
                from client c
                where %s
            ),
            scale_answer as (
                select s.client_id, s.submitted_at, s.main_scale as scale_value
                from submission s join client c on c.id = s.client_id
                where c.clinician_id = :clinicianId and s.status = 'SUBMITTED' and s.main_scale is not null
            ),
            scale_latest as (
                select client_id, max(submitted_at) as latest_at from scale_answer group by client_id
            )
            select r.* from (
                select m.id, m.full_name, m.email, m.status, m.safety_flag, m.risk_alert_at, m.created_at,
                       p.full_name as partner_name,
                       coalesce(asg.active_assignments, 0) as active_assignments,
                       coalesce(occ.due_count, 0) as due_count,
                       coalesce(occ.submitted_count, 0) as submitted_count,
                       coalesce(occ.overdue, 0) as overdue,
                       coalesce(sub.unreviewed, 0) as unreviewed,
                       sub.last_activity,
                       sc.scale_latest,
                       coalesce(sc.earlier_sum, 0) as earlier_sum,
                       coalesce(sc.earlier_count, 0) as earlier_count
                from mine m
                  left join client p on p.id = m.partner_id
                  left join (
                      select a.client_id, count(*) as active_assignments
                      from assignment a join client c on c.id = a.client_id
                      where c.clinician_id = :clinicianId and a.status = 'ACTIVE'
                      group by a.client_id
                  ) asg on asg.client_id = m.id
                  left join (
                      select o.client_id, %s as due_count, %s as submitted_count, %s as overdue
                      from exercise_occurrence o
                        join assignment a on a.id = o.assignment_id
                        join client c on c.id = o.client_id
                      where c.clinician_id = :clinicianId and %s
                      group by o.client_id
                  ) occ on occ.client_id = m.id
                  left join (
                      select s.client_id,
                             sum(case when s.status = 'SUBMITTED' and s.reviewed_at is null then 1 else 0 end) as unreviewed,
                             max(greatest(s.updated_at, coalesce(s.submitted_at, s.updated_at))) as last_activity
                      from submission s join client c on c.id = s.client_id
                      where c.clinician_id = :clinicianId
                      group by s.client_id
                  ) sub on sub.client_id = m.id
                  left join (
                      select x.client_id,
                             max(case when x.submitted_at = l.latest_at then x.scale_value end) as scale_latest,
                             sum(case when x.submitted_at < l.latest_at
                                       and x.submitted_at >= timestampadd(day, -%d, l.latest_at)
                                      then x.scale_value else 0 end) as earlier_sum,
                             sum(case when x.submitted_at < l.latest_at
                                       and x.submitted_at >= timestampadd(day, -%d, l.latest_at)
                                      then 1 else 0 end) as earlier_count
                      from scale_answer x
                        join scale_latest l on l.client_id = x.client_id
                      group by x.client_id
                  ) sc on sc.client_id = m.id
            ) r
            order by %s
            limit :limit offset :offset
            """;

    private static final String COUNT = "select count(*) from client c where %s";

    private final JdbcClient jdbc;

    CaseloadFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of the clinician's caseload with every figure, in one statement; {@code alsoNeedingAttention} are
     * the clients other features say need attention, for the filter's "needs attention".
     */
    List<CaseloadEntry> page(
            UUID clinicianId, CaseloadFilter filter, Set<UUID> alsoNeedingAttention, Pageable page, Instant now) {
        String sql = PAGE.formatted(
                filter.sqlCondition(),
                FigureSql.DUE_IN_WINDOW,
                FigureSql.SUBMITTED_IN_WINDOW,
                FigureSql.OVERDUE,
                FigureSql.OCCURRENCES_THAT_COUNT,
                TREND_DAYS,
                TREND_DAYS,
                CaseloadSort.orderBy(page.getSort()));
        return jdbc.sql(sql)
                .params(filter.sqlParameters(clinicianId, alsoNeedingAttention))
                .param("now", utc(now))
                .param("windowStart", utc(now.minus(WINDOW_DAYS, ChronoUnit.DAYS)))
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((row, number) -> entry(row))
                .list();
    }

    /** How many of the clinician's clients the filter lets through. */
    long count(UUID clinicianId, CaseloadFilter filter, Set<UUID> alsoNeedingAttention) {
        return jdbc.sql(COUNT.formatted(filter.sqlCondition()))
                .params(filter.sqlParameters(clinicianId, alsoNeedingAttention))
                .query(Long.class)
                .single();
    }

    private static CaseloadEntry entry(ResultSet row) throws SQLException {
        Integer scaleLatest = row.getObject("scale_latest") == null ? null : row.getInt("scale_latest");
        return new CaseloadEntry(
                UUID.fromString(row.getString("id")),
                row.getString("full_name"),
                row.getString("email"),
                row.getString("partner_name"),
                ClientStatus.valueOf(row.getString("status")),
                row.getBoolean("safety_flag"),
                row.getObject("risk_alert_at") != null,
                Objects.requireNonNull(instant(row, "created_at")),
                row.getInt("active_assignments"),
                row.getInt("due_count"),
                row.getInt("submitted_count"),
                row.getInt("overdue"),
                row.getInt("unreviewed"),
                instant(row, "last_activity"),
                scaleLatest,
                CaseloadEntry.Trend.of(scaleLatest, row.getLong("earlier_sum"), row.getLong("earlier_count")));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime time = row.getObject(column, LocalDateTime.class);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
