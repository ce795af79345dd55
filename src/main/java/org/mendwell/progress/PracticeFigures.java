package org.mendwell.progress;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The practice overview in one statement: per clinician account, counts only. */
@Component
class PracticeFigures {

    private static final String OVERVIEW = """
            select ac.id, ac.display_name, ac.active,
                   coalesce(cl.active_clients, 0) as active_clients,
                   coalesce(occ.due_count, 0) as due_count,
                   coalesce(occ.submitted_count, 0) as submitted_count,
                   coalesce(occ.overdue, 0) as overdue
            from account ac
              left join (
                  select c.clinician_id, count(*) as active_clients
                  from client c
                  where c.status = 'ACTIVE'
                  group by c.clinician_id
              ) cl on cl.clinician_id = ac.id
              left join (
                  select c.clinician_id, %s as due_count, %s as submitted_count, %s as overdue
                  from exercise_occurrence o
                    join assignment a on a.id = o.assignment_id
                    join client c on c.id = o.client_id
                  where %s
                  group by c.clinician_id
              ) occ on occ.clinician_id = ac.id
            where ac.role = 'CLINICIAN'
            order by ac.display_name, ac.id
            """.formatted(
                    FigureSql.DUE_IN_WINDOW,
                    FigureSql.SUBMITTED_IN_WINDOW,
                    FigureSql.OVERDUE,
                    FigureSql.OCCURRENCES_THAT_COUNT);

    private final JdbcClient jdbc;

    PracticeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClinicianOverview> perClinician(Instant now) {
        return jdbc.sql(OVERVIEW)
                .param("now", CaseloadFigures.utc(now))
                .param("windowStart", CaseloadFigures.utc(now.minus(CaseloadFigures.WINDOW_DAYS, ChronoUnit.DAYS)))
                .query((row, number) -> new ClinicianOverview(
                        UUID.fromString(row.getString("id")),
                        row.getString("display_name"),
                        row.getBoolean("active"),
                        row.getInt("active_clients"),
                        row.getInt("due_count"),
                        row.getInt("submitted_count"),
                        row.getInt("overdue")))
                .list();
    }
}
