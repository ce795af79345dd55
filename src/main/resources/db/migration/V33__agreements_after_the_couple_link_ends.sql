-- Ending a couple link (client.CoupleLinkEnded) withdraws each partner's agreements from the other's view for
-- good, kept in the clinician's record: linking again does not bring old promises and kept days back. A link
-- ended for safety also stops the couple's agreements: neither partner sees or marks them any more
-- (docs/design-decisions/2026-12-05-agreements.md, "When the couple link ends").
ALTER TABLE agreement ADD COLUMN withdrawn_from_partner_at DATETIME(6) NULL;

ALTER TABLE agreement ADD COLUMN stopped_at DATETIME(6) NULL;
