-- Couples repair tools, parts 2 and 3 (issue 17): the trust gap and the trigger log.
-- See docs/design-decisions/2026-12-05-trust.md for who sees what.

-- The clinician's threshold for a couple's trust gap, written on both partners' rows at once (the couple
-- has no row of its own: client.partner_id links them). Without a row the default threshold applies.
CREATE TABLE trust_gap_threshold (
    client_id  UUID        NOT NULL,
    threshold  INT         NOT NULL,
    set_at     DATETIME(6) NOT NULL,
    CONSTRAINT pk_trust_gap_threshold PRIMARY KEY (client_id),
    CONSTRAINT fk_trust_gap_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_trust_gap_threshold CHECK (threshold BETWEEN 1 AND 10)
);

-- Per client: whether their clinician turned the trigger log on (with a written reason when the case has a
-- safety flag), whether the clinician allows the "I need reassurance" signal, and the client's own opt-in to
-- that signal (the partner who would receive it opts in on their own row).
CREATE TABLE trigger_log_setting (
    client_id              UUID         NOT NULL,
    enabled                BOOLEAN      NOT NULL,
    safety_override_reason VARCHAR(500) NULL,
    reassurance_allowed    BOOLEAN      NOT NULL,
    reassurance_opted_in   BOOLEAN      NOT NULL,
    changed_at             DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL,
    CONSTRAINT pk_trigger_log_setting PRIMARY KEY (client_id),
    CONSTRAINT fk_trigger_setting_client FOREIGN KEY (client_id) REFERENCES client (id)
);

-- One hard moment the client logged. "helped" holds the chosen HelpedBy names, comma-separated.
CREATE TABLE trigger_moment (
    id          UUID         NOT NULL,
    client_id   UUID         NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    intensity   INT          NOT NULL,
    set_off_by  VARCHAR(500) NULL,
    helped      VARCHAR(200) NOT NULL,
    helped_note VARCHAR(500) NULL,
    logged_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_trigger_moment PRIMARY KEY (id),
    CONSTRAINT fk_trigger_moment_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_trigger_intensity CHECK (intensity BETWEEN 0 AND 10)
);
CREATE INDEX ix_trigger_moment_client_time ON trigger_moment (client_id, occurred_at);

-- The neutral notice a partner gets when the other asks for reassurance: who and when, never the log.
CREATE TABLE reassurance_notice (
    id           UUID        NOT NULL,
    to_client_id UUID        NOT NULL,
    sent_at      DATETIME(6) NOT NULL,
    seen_at      DATETIME(6) NULL,
    CONSTRAINT pk_reassurance_notice PRIMARY KEY (id),
    CONSTRAINT fk_reassurance_notice_client FOREIGN KEY (to_client_id) REFERENCES client (id)
);
CREATE INDEX ix_reassurance_notice_to ON reassurance_notice (to_client_id, sent_at);
