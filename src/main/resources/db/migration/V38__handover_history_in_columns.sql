-- Issue 16: a handover's history row said what happened as an English sentence in `reason`, so a Spanish reader
-- read English. From now on it says it in columns, the clinician the client left and the one they went to, and the
-- page words it in the reader's language; `reason` keeps only what the administrator typed. Rows written before
-- keep their sentence and are shown as stored. No foreign keys: the history outlives any account's row.
ALTER TABLE client_status_event ADD COLUMN handed_from UUID NULL;
ALTER TABLE client_status_event ADD COLUMN handed_to UUID NULL;
