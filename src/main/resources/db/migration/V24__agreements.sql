-- Agreements made in session: one partner's promise, how often it is due, and whether the other partner
-- sees it. "Both partners" is two rows, one per promiser. A case with a safety flag needs the clinician's
-- written reason (safety_override_reason) for an agreement to be open (docs/design-decisions/2026-12-05-agreements.md).
CREATE TABLE agreement (
    id                     UUID         NOT NULL,
    client_id              UUID         NOT NULL,
    clinician_id           UUID         NOT NULL,
    words                  VARCHAR(500) NOT NULL,
    frequency              VARCHAR(16)  NOT NULL,
    weekdays               VARCHAR(60)  NULL,
    start_date             DATE         NOT NULL,
    end_date               DATE         NULL,
    visible_to_partner     BOOLEAN      NOT NULL,
    safety_override_reason VARCHAR(500) NULL,
    created_at             DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL,
    CONSTRAINT pk_agreement PRIMARY KEY (id),
    CONSTRAINT fk_agreement_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_agreement_clinician FOREIGN KEY (clinician_id) REFERENCES account (id)
);

CREATE INDEX ix_agreement_client ON agreement (client_id);

-- The promiser's word on one due day (a date in the promiser's own time zone): kept, partly or not this
-- time, an optional note (private unless shared), and when the other partner said "I noticed".
-- A due day without a row is not marked: neither kept nor failed.
CREATE TABLE promise_mark (
    id              UUID         NOT NULL,
    agreement_id    UUID         NOT NULL,
    client_id       UUID         NOT NULL,
    due_date        DATE         NOT NULL,
    outcome         VARCHAR(16)  NOT NULL,
    note            VARCHAR(500) NULL,
    note_shared     BOOLEAN      NOT NULL,
    marked_at       DATETIME(6)  NOT NULL,
    acknowledged_at DATETIME(6)  NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_promise_mark PRIMARY KEY (id),
    CONSTRAINT uk_promise_mark_day UNIQUE (agreement_id, due_date),
    CONSTRAINT fk_promise_mark_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_promise_mark_client FOREIGN KEY (client_id) REFERENCES client (id)
);

CREATE INDEX ix_promise_mark_client_day ON promise_mark (client_id, due_date);
