-- A couple is one case of two linked clients of the same clinician.
ALTER TABLE client ADD COLUMN partner_id UUID NULL;
ALTER TABLE client ADD CONSTRAINT fk_client_partner FOREIGN KEY (partner_id) REFERENCES client (id);

-- Why a client was archived (shown to their clinician only).
ALTER TABLE client ADD COLUMN archive_reason VARCHAR(500) NULL;

-- Invitations to choose a password: only a SHA-256 hash of the token is stored; the token itself
-- exists only in the link.
CREATE TABLE invitation (
    id          UUID        NOT NULL,
    account_id  UUID        NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    revoked_at  DATETIME(6) NULL,
    CONSTRAINT pk_invitation PRIMARY KEY (id),
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_invitation_account ON invitation (account_id, created_at);

-- Every change of a client's status: who, when, from what to what, and why.
CREATE TABLE client_status_event (
    id          UUID         NOT NULL,
    client_id   UUID         NOT NULL,
    from_status VARCHAR(24)  NULL,
    to_status   VARCHAR(24)  NOT NULL,
    actor_id    UUID         NOT NULL,
    reason      VARCHAR(500) NULL,
    occurred_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_client_status_event PRIMARY KEY (id),
    CONSTRAINT fk_status_event_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_status_event_actor FOREIGN KEY (actor_id) REFERENCES account (id)
);

CREATE INDEX ix_status_event_client ON client_status_event (client_id, occurred_at);

-- The practice's consent texts. A new version is a new row; a signed intake names the version it signed.
CREATE TABLE consent_document (
    version        INT           NOT NULL,
    treatment_text VARCHAR(8000) NOT NULL,
    privacy_text   VARCHAR(8000) NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT pk_consent_document PRIMARY KEY (version)
);

INSERT INTO consent_document (version, treatment_text, privacy_text, created_at) VALUES (1,
'I agree to take part in therapy with my clinician at this practice. I understand that therapy is voluntary, that I can ask questions about it at any time, and that I can stop whenever I choose. My clinician will explain the approach we use and we will agree goals together. Exercises between sessions are invitations, not tests: I do them at my own pace. If my clinician is worried about my safety or someone else''s, they may need to act to keep people safe, and will tell me when they can.',
'My answers are kept by the practice and seen only by me and my clinician. If I work with a partner, my partner never sees my intake or my private answers; I choose what, if anything, to share. The practice administrator manages accounts but does not read what I write. I can ask to see the information held about me, and to correct it. Records are kept for as long as the law requires and then deleted.',
'2026-11-23 00:00:00');

-- One intake per client. Drafts may be incomplete; everything the client typed is kept as typed.
CREATE TABLE intake (
    client_id              UUID          NOT NULL,
    submitted_at           DATETIME(6)   NULL,
    updated_at             DATETIME(6)   NOT NULL,
    preferred_name         VARCHAR(120)  NULL,
    pronouns               VARCHAR(40)   NULL,
    date_of_birth          DATE          NULL,
    phone                  VARCHAR(40)   NULL,
    time_zone              VARCHAR(64)   NULL,
    preferred_contact      VARCHAR(24)   NULL,
    emergency_name         VARCHAR(120)  NULL,
    emergency_relationship VARCHAR(60)   NULL,
    emergency_phone        VARCHAR(40)   NULL,
    reason                 VARCHAR(4000) NULL,
    work_mode              VARCHAR(24)   NULL,
    partner_name           VARCHAR(120)  NULL,
    trust_breaches         VARCHAR(400)  NULL,
    trust_other            VARCHAR(1000) NULL,
    goal_1                 VARCHAR(500)  NULL,
    goal_2                 VARCHAR(500)  NULL,
    goal_3                 VARCHAR(500)  NULL,
    readiness              VARCHAR(24)   NULL,
    safety_afraid          VARCHAR(24)   NULL,
    safety_physical        VARCHAR(24)   NULL,
    safety_emotional       VARCHAR(24)   NULL,
    safety_control         VARCHAR(24)   NULL,
    safety_notes           VARCHAR(2000) NULL,
    consent_treatment      BOOLEAN       NOT NULL DEFAULT FALSE,
    consent_privacy        BOOLEAN       NOT NULL DEFAULT FALSE,
    signature_name         VARCHAR(120)  NULL,
    signed_at              DATETIME(6)   NULL,
    consent_version        INT           NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT pk_intake PRIMARY KEY (client_id),
    CONSTRAINT fk_intake_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_intake_consent FOREIGN KEY (consent_version) REFERENCES consent_document (version)
);
