package org.mendwell.progress;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.ClientStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each clinician's default caseload filter, one row per clinician. Saving replaces the row: update
 * first, insert if there was none, and if a second tab inserted in between, update after all, so
 * the last save wins on H2 and MariaDB alike without a database-specific upsert.
 */
@Component
class SavedCaseloadFilters {

    private final JdbcClient jdbc;

    SavedCaseloadFilters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseloadFilter> of(UUID clinicianId) {
        return jdbc.sql("""
                        select search_text, client_status, attention_only from caseload_saved_filter
                        where clinician_id = :clinicianId
                        """)
                .param("clinicianId", clinicianId.toString())
                .query((row, number) -> {
                    String status = row.getString("client_status");
                    return new CaseloadFilter(
                            row.getString("search_text"),
                            status == null ? null : ClientStatus.valueOf(status),
                            row.getBoolean("attention_only"));
                })
                .optional();
    }

    void save(UUID clinicianId, CaseloadFilter filter, Instant at) {
        if (update(clinicianId, filter, at) > 0) {
            return;
        }
        try {
            bind(jdbc.sql("""
                    insert into caseload_saved_filter
                        (clinician_id, search_text, client_status, attention_only, saved_at)
                    values (:clinicianId, :text, :status, :attentionOnly, :savedAt)
                    """), clinicianId, filter, at).update();
        } catch (DuplicateKeyException savedMeanwhile) {
            update(clinicianId, filter, at);
        }
    }

    private int update(UUID clinicianId, CaseloadFilter filter, Instant at) {
        return bind(jdbc.sql("""
                update caseload_saved_filter
                set search_text = :text, client_status = :status, attention_only = :attentionOnly, saved_at = :savedAt
                where clinician_id = :clinicianId
                """), clinicianId, filter, at).update();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement, UUID clinicianId, CaseloadFilter filter, Instant at) {
        return statement
                .param("clinicianId", clinicianId.toString())
                .param("text", filter.text().strip())
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name(),
                        java.sql.Types.VARCHAR)
                .param("attentionOnly", filter.needsAttentionOnly())
                .param("savedAt", CaseloadFigures.utc(at));
    }
}
