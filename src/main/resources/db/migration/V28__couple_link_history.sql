-- Why and when a couple link ended or began again. client.partner_id stays the one truth of who is linked now;
-- these rows are the history the clinician reads ("ended: separation, 3 March, because ...").
CREATE TABLE couple_link_event (
    id            UUID         NOT NULL,
    client_id     UUID         NOT NULL,
    partner_id    UUID         NOT NULL,
    clinician_id  UUID         NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    reason        VARCHAR(500) NULL,
    occurred_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_couple_link_event PRIMARY KEY (id),
    CONSTRAINT fk_couple_link_event_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_couple_link_event_partner FOREIGN KEY (partner_id) REFERENCES client (id)
);

CREATE INDEX ix_couple_link_event_client ON couple_link_event (client_id, occurred_at);
CREATE INDEX ix_couple_link_event_partner ON couple_link_event (partner_id, occurred_at);

-- Linking two former partners again: the clinician proposes, each partner confirms in the portal; the link
-- is made only when both have. A decline or a new proposal closes the open one.
CREATE TABLE couple_relink (
    id                  UUID        NOT NULL,
    first_client_id     UUID        NOT NULL,
    second_client_id    UUID        NOT NULL,
    clinician_id        UUID        NOT NULL,
    proposed_at         DATETIME(6) NOT NULL,
    first_consent_at    DATETIME(6) NULL,
    second_consent_at   DATETIME(6) NULL,
    closed_at           DATETIME(6) NULL,
    outcome             VARCHAR(16) NULL,
    version             BIGINT      NOT NULL,
    CONSTRAINT pk_couple_relink PRIMARY KEY (id),
    CONSTRAINT fk_couple_relink_first FOREIGN KEY (first_client_id) REFERENCES client (id),
    CONSTRAINT fk_couple_relink_second FOREIGN KEY (second_client_id) REFERENCES client (id)
);

CREATE INDEX ix_couple_relink_first ON couple_relink (first_client_id, closed_at);
CREATE INDEX ix_couple_relink_second ON couple_relink (second_client_id, closed_at);
