-- A stopped agreement (the couple link ended for safety) may be resumed by the clinician. Each stop is kept as a
-- pause: the promiser's date when it stopped and, once resumed, their date when it started again, with the
-- clinician's written reason when the case has a safety flag (never shown to either partner). No day inside a
-- pause is due, so resuming neither leaves missed days behind nor back-dates any
-- (docs/design-decisions/2026-12-05-agreements.md, "Resuming a stopped agreement").
CREATE TABLE agreement_pause (
    agreement_id   UUID         NOT NULL,
    stopped_at     DATETIME(6)  NOT NULL,
    stopped_on     DATE         NOT NULL,
    resumed_at     DATETIME(6)  NULL,
    resumed_on     DATE         NULL,
    resume_reason  VARCHAR(500) NULL,
    CONSTRAINT pk_agreement_pause PRIMARY KEY (agreement_id, stopped_at),
    CONSTRAINT fk_agreement_pause_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);

-- Agreements stopped before this script: their stop, on the UTC date it happened (the promiser's zone is not
-- known here; a day more or less at the edge only moves which day is the last due one).
INSERT INTO agreement_pause (agreement_id, stopped_at, stopped_on)
SELECT id, stopped_at, CAST(stopped_at AS DATE) FROM agreement WHERE stopped_at IS NOT NULL;
