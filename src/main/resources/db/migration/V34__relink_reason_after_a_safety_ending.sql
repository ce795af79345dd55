-- Proposing to link a couple again after their link ended for safety takes the clinician's written reason
-- (the same rule as opening couples work on a flagged case). Kept for the clinician's history and the audit
-- trail, never shown to either partner.
ALTER TABLE couple_relink ADD COLUMN safety_reason VARCHAR(500) NULL;
