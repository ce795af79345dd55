-- Each clinician's default filter for the caseload grid, applied whenever they open it. One row per
-- clinician, replaced by a newer save (last save wins: it is a preference, not a record).
CREATE TABLE caseload_saved_filter (
    clinician_id   UUID         NOT NULL,
    search_text    VARCHAR(120) NOT NULL,
    client_status  VARCHAR(24)  NULL,
    attention_only BOOLEAN      NOT NULL,
    saved_at       DATETIME(6)  NOT NULL,
    CONSTRAINT pk_caseload_saved_filter PRIMARY KEY (clinician_id),
    CONSTRAINT fk_saved_filter_clinician FOREIGN KEY (clinician_id) REFERENCES account (id)
);

-- The caseload's figures per client: occurrences due in a time window (whatever their status), and
-- the client's latest activity on any submission.
CREATE INDEX ix_occurrence_client_window ON exercise_occurrence (client_id, due_at);
CREATE INDEX ix_submission_client_activity ON submission (client_id, updated_at);
