-- Authentication and sessions: throttling, password reset links, authenticator-app codes, recovery
-- codes, a per-account session epoch (raised to end the account's other sessions) and practice settings.

-- Raised when the password changes or the second factor is turned off: sessions signed in under an
-- older epoch end at their next request.
ALTER TABLE account ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;
-- The authenticator-app secret, encrypted with the key from configuration (AES-GCM, Base64). Null when
-- the person has not enrolled. mfa_last_step is the last 30-second step accepted, so a code works once.
ALTER TABLE account ADD COLUMN mfa_secret VARCHAR(255);
ALTER TABLE account ADD COLUMN mfa_enabled_at DATETIME(6);
ALTER TABLE account ADD COLUMN mfa_last_step BIGINT;

-- Failed sign-ins per e-mail address (known or not) and per network address. The key is a SHA-256
-- hash, so addresses of people without an account are not stored in the clear. How long the next
-- attempt must wait follows from the count and the time of the last failure.
CREATE TABLE sign_in_throttle (
    throttle_key    VARCHAR(64) NOT NULL,
    failures        INT         NOT NULL,
    last_failure_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (throttle_key)
);

-- One-time password reset links; only the token's SHA-256 hash is stored.
CREATE TABLE password_reset (
    id         UUID        NOT NULL,
    account_id UUID        NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    CONSTRAINT pk_password_reset PRIMARY KEY (id),
    CONSTRAINT uk_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_password_reset_account ON password_reset (account_id, created_at);

-- One-time recovery codes for a lost authenticator, stored as password hashes.
CREATE TABLE recovery_code (
    id         UUID         NOT NULL,
    account_id UUID         NOT NULL,
    code_hash  VARCHAR(255) NOT NULL,
    used_at    DATETIME(6),
    CONSTRAINT pk_recovery_code PRIMARY KEY (id),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_recovery_code_account ON recovery_code (account_id);

-- Practice-wide settings an administrator changes.
CREATE TABLE practice_setting (
    setting_key   VARCHAR(64)  NOT NULL,
    setting_value VARCHAR(255) NOT NULL,
    CONSTRAINT pk_practice_setting PRIMARY KEY (setting_key)
);

INSERT INTO practice_setting (setting_key, setting_value) VALUES ('staff-mfa-required', 'false');
