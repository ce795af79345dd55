-- Accounts: everyone who signs in. E-mail is stored in lower case (the application normalises it),
-- so a plain unique key behaves the same on H2 and MariaDB.
CREATE TABLE account (
    id            UUID         NOT NULL,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(255),
    role          VARCHAR(16)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uk_account_email UNIQUE (email)
);

CREATE INDEX ix_account_role ON account (role, display_name);

-- Client records: one per client, owned by exactly one clinician.
CREATE TABLE client (
    id                UUID         NOT NULL,
    clinician_id      UUID         NOT NULL,
    account_id        UUID         NOT NULL,
    full_name         VARCHAR(120) NOT NULL,
    email             VARCHAR(254) NOT NULL,
    status            VARCHAR(24)  NOT NULL,
    safety_flag       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        DATETIME(6)  NOT NULL,
    status_changed_at DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT pk_client PRIMARY KEY (id),
    CONSTRAINT uk_client_account UNIQUE (account_id),
    CONSTRAINT fk_client_clinician FOREIGN KEY (clinician_id) REFERENCES account (id),
    CONSTRAINT fk_client_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_client_caseload ON client (clinician_id, full_name);
