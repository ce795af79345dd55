-- Indexes for the queries the views run, checked with EXPLAIN on MariaDB against a generated large
-- practice (50 clinicians, 5,000 clients, 1.4 million answers; docs/performance.md).

-- The caseload's figures per client: occurrences in the 30-day window or still open. With status and
-- assignment in the index the rows are counted from the index alone, without reading each occurrence.
CREATE INDEX ix_occurrence_client_figures ON exercise_occurrence (client_id, due_at, status, assignment_id);

-- The caseload's unreviewed count and latest activity per client, from the index alone.
CREATE INDEX ix_submission_client_figures ON submission (client_id, status, reviewed_at, updated_at, submitted_at);

-- Submitting: the next open occurrence of an assignment (may be done early) without reading the
-- assignment's submitted ones.
CREATE INDEX ix_occurrence_assignment_open ON exercise_occurrence (assignment_id, status, number);

-- The clinician's daily digest: submissions in a period.
CREATE INDEX ix_submission_clinician_submitted ON submission (clinician_id, status, submitted_at);

-- The reminder job: active clients with reminders on.
CREATE INDEX ix_client_reminders ON client (status, reminders_enabled);

-- The audit trail filtered by kind of action, newest first.
CREATE INDEX ix_audit_action ON audit_event (action, seq);

-- Scale answers of a submission (caseload main scale, progress charts) from the index alone: the
-- answers' own rows are clustered by their random ids, so reading them costs a page per answer once
-- the table no longer fits in memory; these index entries sit together per submission.
CREATE INDEX ix_answer_submission_scale ON submission_answer (submission_id, question_id, scale_value);
