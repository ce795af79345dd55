-- Security round 2, finding 1: an administrator could create a clinician account at an address they control
-- and hand a client to it at once. A client is now handed only to a clinician who has signed in at least
-- once, and the client is told of their new clinician at their next visit.
ALTER TABLE account ADD COLUMN first_signed_in_at DATETIME(6) NULL;

-- Accounts that signed in before this column existed: their first sign-in in the audit trail.
UPDATE account SET first_signed_in_at =
    (SELECT MIN(e.occurred_at) FROM audit_event e WHERE e.actor_id = account.id AND e.action = 'SIGN_IN');

-- Set by a handover, cleared once the client has read "Your clinician is now ...".
ALTER TABLE client ADD COLUMN clinician_changed_at DATETIME(6) NULL;
