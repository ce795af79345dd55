package org.mendwell.demo;

/**
 * Where a generated practice's rows go: the database (batched inserts) or, in tests, a fingerprint.
 * Rows come parents first; values are Strings (ids too), numbers, booleans, LocalDate, LocalTime,
 * LocalDateTime (UTC, as Hibernate stores instants) or null.
 */
interface PracticeRows {

    void add(Table table, Object... values);

    /** The tables a generated practice fills, in an order that satisfies every foreign key. */
    enum Table {
        ACCOUNT("account", "id, email, display_name, password_hash, role, active, created_at, version, session_epoch"),
        CLIENT(
                "client",
                "id, clinician_id, account_id, full_name, email, status, safety_flag, created_at,"
                        + " status_changed_at, version, archive_reason, reminders_enabled"),
        /** Couples: both clients must exist before either can name the other. */
        PARTNER("update client set partner_id = ? where id = ?"),
        INVITATION("invitation", "id, account_id, token_hash, created_at, expires_at, used_at"),
        STATUS_EVENT("client_status_event", "id, client_id, from_status, to_status, actor_id, reason, occurred_at"),
        INTAKE(
                "intake",
                "client_id, submitted_at, updated_at, preferred_name, time_zone, preferred_contact,"
                        + " emergency_name, emergency_relationship, emergency_phone, reason, work_mode, trust_breaches, goal_1,"
                        + " readiness, safety_afraid, safety_physical, safety_emotional, safety_control, consent_treatment,"
                        + " consent_privacy, signature_name, signed_at, consent_version, version"),
        ASSIGNMENT(
                "assignment",
                "id, client_id, clinician_id, template_id, template_version, title, frequency,"
                        + " start_date, occurrence_count, weekdays, due_time, time_zone, status, created_at, version"),
        OCCURRENCE(
                "exercise_occurrence",
                "id, assignment_id, client_id, number, due_date, due_at, status," + " submitted_at, version"),
        SUBMISSION(
                "submission",
                "id, occurrence_id, assignment_id, client_id, clinician_id, status, answered,"
                        + " started_at, updated_at, submitted_at, shared_with_partner, reviewed_at, measure_total,"
                        + " measure_severity, risk_alert, main_scale, version"),
        ANSWER("submission_answer", "id, submission_id, question_id, position, text_value, scale_value"),
        COMMENT("submission_comment", "id, submission_id, author_id, from_clinician, body, created_at");

        private final String tableName;
        private final String columns;
        private final String update;
        /** Values per row, counted once: add() asks for every one of millions of rows. */
        private final int width;

        Table(String tableName, String columns) {
            this.tableName = tableName;
            this.columns = columns;
            this.update = null;
            this.width = columns.split(",").length;
        }

        Table(String update) {
            this.tableName = "client";
            this.columns = "";
            this.update = update;
            this.width = 2;
        }

        int width() {
            return width;
        }

        boolean isUpdate() {
            return update != null;
        }

        /** One statement inserting {@code rows} rows, or the update statement. */
        String sql(int rows) {
            if (update != null) {
                return update;
            }
            String one = "(" + "?, ".repeat(width() - 1) + "?)";
            return "insert into " + tableName + " (" + columns + ") values " + (one + ", ").repeat(rows - 1) + one;
        }
    }
}
