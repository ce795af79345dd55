-- A new sign-in address takes effect only once a link sent to it is opened (docs/security.md, issue 14
-- finding 7). One row per request: the address asked for and the link's SHA-256 hash, used once,
-- expiring like a password reset link. The address is not unique here on purpose: a request does not
-- reserve it, so nobody can keep its owner from being invited by asking for it (see MyAccountService).
CREATE TABLE email_change (
    id         UUID         NOT NULL,
    account_id UUID         NOT NULL,
    new_email  VARCHAR(254) NOT NULL,
    token_hash VARCHAR(64)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    used_at    DATETIME(6),
    CONSTRAINT pk_email_change PRIMARY KEY (id),
    CONSTRAINT uk_email_change_token UNIQUE (token_hash),
    CONSTRAINT fk_email_change_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_email_change_account ON email_change (account_id, created_at);
