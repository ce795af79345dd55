-- An exercise given to a client: the template version it was given in, the schedule, and the
-- client's time zone at the time, from which every occurrence's due moment was computed.
CREATE TABLE assignment (
    id                     UUID          NOT NULL,
    client_id              UUID          NOT NULL,
    clinician_id           UUID          NOT NULL,
    template_id            UUID          NOT NULL,
    template_version       INT           NOT NULL,
    title                  VARCHAR(80)   NOT NULL,
    instructions           VARCHAR(2000) NULL,
    frequency              VARCHAR(16)   NOT NULL,
    start_date             DATE          NOT NULL,
    until_date             DATE          NULL,
    occurrence_count       INT           NULL,
    weekdays               VARCHAR(60)   NULL,
    due_time               TIME          NOT NULL,
    time_zone              VARCHAR(64)   NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    safety_override_reason VARCHAR(500)  NULL,
    created_at             DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT pk_assignment PRIMARY KEY (id),
    CONSTRAINT fk_assignment_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_assignment_clinician FOREIGN KEY (clinician_id) REFERENCES account (id),
    CONSTRAINT fk_assignment_template FOREIGN KEY (template_id) REFERENCES exercise_template (id)
);

CREATE INDEX ix_assignment_client ON assignment (client_id, status);

-- Each time an assignment is due. Cancelled ones disappear from the client's list; submitted ones stay.
CREATE TABLE exercise_occurrence (
    id            UUID        NOT NULL,
    assignment_id UUID        NOT NULL,
    client_id     UUID        NOT NULL,
    number        INT         NOT NULL,
    due_date      DATE        NOT NULL,
    due_at        DATETIME(6) NOT NULL,
    status        VARCHAR(16) NOT NULL,
    submitted_at  DATETIME(6) NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT pk_exercise_occurrence PRIMARY KEY (id),
    CONSTRAINT uk_exercise_occurrence UNIQUE (assignment_id, number),
    CONSTRAINT fk_occurrence_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT fk_occurrence_client FOREIGN KEY (client_id) REFERENCES client (id)
);

CREATE INDEX ix_occurrence_client_due ON exercise_occurrence (client_id, status, due_at);
