-- Clients choose whether they get the daily reminder e-mail. Everyone starts with it on; the
-- client can turn it off (and on again) on their settings page.
ALTER TABLE client ADD COLUMN reminders_enabled BOOLEAN NOT NULL DEFAULT TRUE;

-- ShedLock's lock rows: one per scheduled job, so that a job runs on one application instance at a
-- time. The lock times are written and compared with the database's own clock (UTC), so DATETIME
-- rather than TIMESTAMP: no session time-zone conversion and no automatic update on MariaDB.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);

-- Every reminder and digest, claimed before it is sent. The key makes a second e-mail of the same
-- kind to the same person on the same local day impossible, even if two jobs overlap: the second
-- insert fails and that job sends nothing. recipient_id is a client id for client reminders and an
-- account id for clinician digests. counted_until is the moment up to which a digest counted new
-- submissions (the next digest counts from there); sent_at stays empty if the send failed midway.
CREATE TABLE reminder_sent (
    kind          VARCHAR(24) NOT NULL,
    recipient_id  UUID        NOT NULL,
    local_day     DATE        NOT NULL,
    claimed_at    DATETIME(6) NOT NULL,
    counted_until DATETIME(6) NULL,
    sent_at       DATETIME(6) NULL,
    CONSTRAINT pk_reminder_sent PRIMARY KEY (kind, recipient_id, local_day)
);
