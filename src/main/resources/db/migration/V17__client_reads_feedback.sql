-- When the client last opened a submission with their clinician's feedback: feedback written after it is
-- "new feedback" on their list of exercises. Null: they have not opened it since it was submitted.
ALTER TABLE submission ADD COLUMN feedback_read_at DATETIME(6) NULL;
