-- The audit trail: append-only. Each entry's hash covers the previous entry's hash and all its own
-- fields, so a changed, removed or inserted entry breaks the chain (AuditService.verify finds where).
-- In production, grant the application's database user only SELECT and INSERT on audit_event
-- (docs/security.md).
CREATE TABLE audit_event (
    seq            BIGINT       NOT NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    actor_id       UUID         NULL,
    actor_email    VARCHAR(254) NULL,
    actor_role     VARCHAR(16)  NULL,
    action         VARCHAR(16)  NOT NULL,
    operation      VARCHAR(80)  NOT NULL,
    record_type    VARCHAR(16)  NULL,
    record_id      UUID         NULL,
    client_id      UUID         NULL,
    remote_address VARCHAR(45)  NULL,
    previous_hash  CHAR(64)     NOT NULL,
    hash           CHAR(64)     NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (seq)
);

CREATE INDEX ix_audit_client ON audit_event (client_id, seq);
CREATE INDEX ix_audit_actor ON audit_event (actor_email, seq);
CREATE INDEX ix_audit_time ON audit_event (occurred_at);

-- The end of the chain, locked by each append so that entries are numbered and chained one at a time.
CREATE TABLE audit_chain_head (
    id        INT      NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id)
);

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
