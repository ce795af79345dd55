-- Each risk alert (a submitted PHQ-9 with item 9 above zero) is signed off on its own, with who, when
-- and a short note. The client's risk_alert_at stays the caseload's quick flag: set by the first open
-- alert, cleared when the last one is signed off.
ALTER TABLE submission ADD COLUMN risk_signed_off_at DATETIME(6) NULL;
ALTER TABLE submission ADD COLUMN risk_signed_off_by UUID NULL;
ALTER TABLE submission ADD COLUMN risk_sign_off_note VARCHAR(500) NULL;

-- Alerts of clients whose alert was already acknowledged (one click, no note) count as signed off then.
UPDATE submission SET risk_signed_off_at = submitted_at, risk_signed_off_by = clinician_id,
       risk_sign_off_note = 'Followed up before sign-off notes were kept'
WHERE risk_alert = TRUE AND status = 'SUBMITTED'
  AND client_id IN (SELECT id FROM client WHERE risk_alert_at IS NULL);
