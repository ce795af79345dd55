-- Letters between partners (disclosure, apology, impact), released to the partner only by the clinician.
-- recipient_id is the partner when the letter was begun; withdrawn_at is set when the couple link ends, after
-- which the recipient no longer sees it (the clinician still does).
CREATE TABLE letter (
    id                 UUID          NOT NULL,
    author_id          UUID          NOT NULL,
    recipient_id       UUID          NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    body               VARCHAR(8000) NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    clinician_comment  VARCHAR(2000) NULL,
    created_at         DATETIME(6)   NOT NULL,
    saved_at           DATETIME(6)   NOT NULL,
    submitted_at       DATETIME(6)   NULL,
    decided_at         DATETIME(6)   NULL,
    decided_by         UUID          NULL,
    withdrawn_at       DATETIME(6)   NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_letter PRIMARY KEY (id),
    CONSTRAINT fk_letter_author FOREIGN KEY (author_id) REFERENCES client (id),
    CONSTRAINT fk_letter_recipient FOREIGN KEY (recipient_id) REFERENCES client (id)
);

CREATE INDEX ix_letter_author ON letter (author_id, created_at);
CREATE INDEX ix_letter_recipient ON letter (recipient_id, status);

-- The recipient's replies to a released letter, and the author's answers to them, in order.
CREATE TABLE letter_reply (
    id          UUID          NOT NULL,
    letter_id   UUID          NOT NULL,
    author_id   UUID          NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    written_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_letter_reply PRIMARY KEY (id),
    CONSTRAINT fk_letter_reply_letter FOREIGN KEY (letter_id) REFERENCES letter (id)
);

CREATE INDEX ix_letter_reply_letter ON letter_reply (letter_id, written_at);

-- On a case with a safety flag, letters between the partners stay closed until the clinician opens them with
-- a written reason (the rule of couples exercises). One row per couple; a_client_id < b_client_id is not
-- required, the service looks both ways.
-- closed_at: the link ended; linking again needs a new reason.
CREATE TABLE letter_opening (
    id            UUID         NOT NULL,
    client_id     UUID         NOT NULL,
    partner_id    UUID         NOT NULL,
    clinician_id  UUID         NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    opened_at     DATETIME(6)  NOT NULL,
    closed_at     DATETIME(6)  NULL,
    CONSTRAINT pk_letter_opening PRIMARY KEY (id),
    CONSTRAINT fk_letter_opening_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_letter_opening_partner FOREIGN KEY (partner_id) REFERENCES client (id)
);

CREATE INDEX ix_letter_opening_couple ON letter_opening (client_id, partner_id);
