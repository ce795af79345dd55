-- A client's answers to one due exercise: a draft while they type, then submitted and read-only.
-- One row per occurrence at most. The clinician id is copied from the assignment so that the
-- caseload can count unreviewed submissions without joining through assignments.
CREATE TABLE submission (
    id                  UUID        NOT NULL,
    occurrence_id       UUID        NOT NULL,
    assignment_id       UUID        NOT NULL,
    client_id           UUID        NOT NULL,
    clinician_id        UUID        NOT NULL,
    status              VARCHAR(16) NOT NULL,
    answered            INT         NOT NULL,
    started_at          DATETIME(6) NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    submitted_at        DATETIME(6) NULL,
    shared_with_partner BOOLEAN     NOT NULL,
    reviewed_at         DATETIME(6) NULL,
    measure_total       INT         NULL,
    measure_severity    VARCHAR(24) NULL,
    risk_alert          BOOLEAN     NOT NULL,
    version             BIGINT      NOT NULL,
    CONSTRAINT pk_submission PRIMARY KEY (id),
    CONSTRAINT uk_submission_occurrence UNIQUE (occurrence_id),
    CONSTRAINT fk_submission_occurrence FOREIGN KEY (occurrence_id) REFERENCES exercise_occurrence (id),
    CONSTRAINT fk_submission_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT fk_submission_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_submission_clinician FOREIGN KEY (clinician_id) REFERENCES account (id)
);

CREATE INDEX ix_submission_client ON submission (client_id, status, submitted_at);
CREATE INDEX ix_submission_assignment ON submission (assignment_id, status, submitted_at);
CREATE INDEX ix_submission_review ON submission (clinician_id, status, reviewed_at);

-- One answer per question. Text, a chosen option, or several options (one per line) go in
-- text_value; a 0-10 scale goes in scale_value, so that progress charts can aggregate it in SQL.
CREATE TABLE submission_answer (
    id            UUID          NOT NULL,
    submission_id UUID          NOT NULL,
    question_id   UUID          NOT NULL,
    position      INT           NOT NULL,
    text_value    VARCHAR(4000) NULL,
    scale_value   INT           NULL,
    CONSTRAINT pk_submission_answer PRIMARY KEY (id),
    CONSTRAINT uk_submission_answer UNIQUE (submission_id, position),
    CONSTRAINT fk_answer_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES exercise_question (id)
);

CREATE INDEX ix_answer_question ON submission_answer (question_id);

-- The conversation about one submission: the clinician's feedback and the client's replies.
CREATE TABLE submission_comment (
    id             UUID          NOT NULL,
    submission_id  UUID          NOT NULL,
    author_id      UUID          NOT NULL,
    from_clinician BOOLEAN       NOT NULL,
    body           VARCHAR(2000) NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT pk_submission_comment PRIMARY KEY (id),
    CONSTRAINT fk_comment_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES account (id)
);

CREATE INDEX ix_comment_submission ON submission_comment (submission_id, created_at);

-- A PHQ-9 answer about self-harm raises a risk alert on the client until the clinician acknowledges it.
ALTER TABLE client ADD COLUMN risk_alert_at DATETIME(6) NULL;
