package org.mendwell.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trail's table. Appending locks the one-row chain head, so entries get consecutive numbers and
 * each hashes the one before even when many requests append at once; the lock is held only until the
 * appending transaction ends. Nothing here updates or deletes an entry.
 */
@Component
class AuditTrail {

    private static final String COLUMNS = "seq, occurred_at, actor_id, actor_email, actor_role, action, operation, "
            + "record_type, record_id, client_id, remote_address, previous_hash, hash";

    /** Marks the look-ups done for the trail, so that statement counts can tell them from the page's own. */
    static final String WHOSE = "/* audit trail: whose record */ ";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Who did it and from where; null parts are unknown (a background job, a failed sign-in). */
    record Actor(
            @Nullable UUID id,
            @Nullable String email,
            @Nullable String role,
            @Nullable String address) {}

    /** Appends in the caller's transaction: the entry stands or falls with the change it records. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(
            Actor actor,
            AuditAction action,
            String operation,
            @Nullable String recordType,
            @Nullable UUID recordId,
            @Nullable UUID clientId) {
        var head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        long seq = (Long) head[0] + 1;
        String previous = (String) head[1];
        // Stored with microseconds (DATETIME(6)); hashed exactly as stored, so the verifier agrees.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String email = clip(actor.email(), 254);
        // A refused page records the address typed, which can be any length.
        operation = java.util.Objects.requireNonNull(clip(operation, 80));
        String address = clip(actor.address(), 45);
        String hash = ChainHash.of(
                previous,
                seq,
                at,
                actor.id(),
                email,
                actor.role(),
                action,
                operation,
                recordType,
                recordId,
                clientId,
                address);
        jdbc.sql("INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        seq,
                        LocalDateTime.ofInstant(at, ZoneOffset.UTC),
                        text(actor.id()),
                        email,
                        actor.role(),
                        action.name(),
                        operation,
                        recordType,
                        text(recordId),
                        text(clientId),
                        address,
                        previous,
                        hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")
                .params(seq, hash)
                .update();
        return new AuditEntry(
                seq,
                at,
                actor.id(),
                email,
                actor.role(),
                action,
                operation,
                recordType,
                recordId,
                clientId,
                address,
                previous,
                hash);
    }

    /** The client a record belongs to, for filtering the trail by client; null when it is nobody's. */
    @Nullable
    UUID clientOf(String recordType, UUID recordId) {
        String table = switch (recordType) {
            case "ASSIGNMENT" -> "assignment";
            case "OCCURRENCE" -> "exercise_occurrence";
            case "SUBMISSION" -> "submission";
            case "LETTER" -> "letter";
            default -> null;
        };
        if (table == null) {
            return recordType.equals("CLIENT") ? recordId : null;
        }
        // A letter is its writer's record: the trail names the writer, as it names the client of a submission.
        String client = table.equals("letter") ? "author_id" : "client_id";
        return jdbc.sql(WHOSE + "SELECT " + client + " FROM " + table + " WHERE id = ?")
                .param(recordId.toString())
                .query((rs, row) -> UUID.fromString(rs.getString(1)))
                .optional()
                .orElse(null);
    }

    /** The signed-in client's own record. */
    @Nullable
    UUID clientOfAccount(UUID accountId) {
        return jdbc.sql(WHOSE + "SELECT id FROM client WHERE account_id = ?")
                .param(accountId.toString())
                .query((rs, row) -> UUID.fromString(rs.getString(1)))
                .optional()
                .orElse(null);
    }

    /** The names of these clients, for the administrator's reading of the trail; the trail itself keeps ids. */
    java.util.Map<UUID, String> clientNames(java.util.Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return java.util.Map.of();
        }
        var names = new java.util.HashMap<UUID, String>();
        jdbc.sql("SELECT id, full_name FROM client WHERE id IN (:ids)")
                .param("ids", clientIds.stream().map(UUID::toString).toList())
                .query((rs, row) -> names.put(UUID.fromString(rs.getString("id")), rs.getString("full_name")))
                .list();
        return names;
    }

    /** Clients whose name contains the text (any case), by name. Reads the client module's table, as clientNames. */
    List<AuditClient> clientsNamed(String text, int offset, int limit) {
        // '!' escapes: a backslash means different things to MariaDB and H2 string literals.
        String escaped = text.strip()
                .toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return jdbc.sql("SELECT id, full_name FROM client WHERE LOWER(full_name) LIKE :pattern ESCAPE '!'"
                        + " ORDER BY full_name, id LIMIT :limit OFFSET :offset")
                .param("pattern", "%" + escaped + "%")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new AuditClient(UUID.fromString(rs.getString("id")), rs.getString("full_name")))
                .list();
    }

    List<AuditEntry> search(AuditFilter filter, int offset, int limit, boolean newestFirst) {
        var where = new Where(filter);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event" + where.sql + " ORDER BY seq "
                        + (newestFirst ? "DESC" : "ASC") + " LIMIT ? OFFSET ?")
                .params(where.withPaging(limit, offset))
                .query(AuditTrail::entry)
                .list();
    }

    long count(AuditFilter filter) {
        var where = new Where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_event" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
    }

    /** Every entry in order, a page at a time, so that a long trail is never held in memory at once. */
    void forEachInOrder(Consumer<AuditEntry> action) {
        long after = 0;
        while (true) {
            List<AuditEntry> page = jdbc.sql(
                            "SELECT " + COLUMNS + " FROM audit_event WHERE seq > ? ORDER BY seq " + "LIMIT 1000")
                    .param(after)
                    .query(AuditTrail::entry)
                    .list();
            page.forEach(action);
            if (page.size() < 1000) {
                return;
            }
            after = page.getLast().seq();
        }
    }

    Object[] head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
    }

    /** The WHERE clause of a filter: fixed text with placeholders, never the filter's own words. */
    private static final class Where {
        final String sql;
        final List<Object> params = new ArrayList<>();

        Where(AuditFilter filter) {
            var conditions = new ArrayList<String>();
            if (!filter.user().isBlank()) {
                conditions.add("LOWER(actor_email) LIKE ?");
                params.add("%"
                        + filter.user()
                                .strip()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%");
            }
            if (filter.clientId() != null) {
                conditions.add("client_id = ?");
                params.add(filter.clientId().toString());
            }
            if (filter.action() != null) {
                conditions.add("action = ?");
                params.add(filter.action().name());
            }
            // The column holds UTC wall time; the days are the reader's.
            java.time.Instant since = filter.fromInstant();
            if (since != null) {
                conditions.add("occurred_at >= ?");
                params.add(LocalDateTime.ofInstant(since, ZoneOffset.UTC));
            }
            java.time.Instant until = filter.untilInstant();
            if (until != null) {
                conditions.add("occurred_at < ?");
                params.add(LocalDateTime.ofInstant(until, ZoneOffset.UTC));
            }
            sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        List<Object> withPaging(int limit, int offset) {
            var all = new ArrayList<>(params);
            all.add(limit);
            all.add(offset);
            return all;
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                uuid(rs.getString("actor_id")),
                rs.getString("actor_email"),
                rs.getString("actor_role"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("operation"),
                rs.getString("record_type"),
                uuid(rs.getString("record_id")),
                uuid(rs.getString("client_id")),
                rs.getString("remote_address"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        return text == null ? null : UUID.fromString(text);
    }

    private static @Nullable String text(@Nullable UUID id) {
        return id == null ? null : id.toString();
    }

    private static @Nullable String clip(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
