package org.mendwell.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a generated practice with multi-row inserts ({@code insert ... values (...), (...), ...}), a
 * thousand rows a statement: the fastest portable way on both H2 and MariaDB, whatever the driver's
 * batch options (MariaDB Connector/J 3 has no {@code rewriteBatchedStatements}). When any table has
 * a full batch, every table is written, parents first, so foreign keys always find their row.
 */
final class BatchInserts implements PracticeRows {

    private static final int ROWS_PER_STATEMENT = 1000;

    private final JdbcTemplate jdbc;
    private final Map<Table, List<Object[]>> pending = new EnumMap<>(Table.class);
    private final Map<Table, Long> written = new EnumMap<>(Table.class);

    BatchInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Table table, Object... values) {
        if (values.length != table.width()) {
            throw new IllegalArgumentException(table + " takes " + table.width() + " values, got " + values.length);
        }
        List<Object[]> rows = pending.computeIfAbsent(table, t -> new ArrayList<>());
        rows.add(values);
        if (rows.size() >= ROWS_PER_STATEMENT) {
            flush();
        }
    }

    /** Rows written per table so far. */
    Map<Table, Long> written() {
        return Map.copyOf(written);
    }

    /** Writes what is still pending. */
    void close() {
        flush();
    }

    private void flush() {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            for (Table table : Table.values()) {
                List<Object[]> rows = pending.remove(table);
                if (rows != null && !rows.isEmpty()) {
                    write(connection, table, rows);
                    written.merge(table, (long) rows.size(), Long::sum);
                }
            }
            return null;
        });
    }

    private static void write(Connection connection, Table table, List<Object[]> rows) throws SQLException {
        if (table.isUpdate()) {
            try (PreparedStatement statement = connection.prepareStatement(table.sql(1))) {
                for (Object[] row : rows) {
                    bind(statement, row, 0);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(table.sql(rows.size()))) {
            int offset = 0;
            for (Object[] row : rows) {
                bind(statement, row, offset);
                offset += row.length;
            }
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object[] row, int offset) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            statement.setObject(offset + i + 1, row[i]);
        }
    }
}
