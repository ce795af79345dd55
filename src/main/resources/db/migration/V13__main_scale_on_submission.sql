-- The caseload's main scale kept on the submission (docs/design-decisions/2026-11-24-main-scale-on-submission.md):
-- a submitted daily check-in's answer to its "Trust:" scale question (homework.MainScale), written when it
-- is submitted, so the caseload reads one index range per client instead of joining assignments,
-- answers and questions on every page.
ALTER TABLE submission ADD COLUMN main_scale INT NULL;

-- Existing submitted check-ins, from their answers: the same rule as homework.MainScale (template key
-- 'daily-check-in', a SCALE question whose prompt starts with 'Trust:'). Drafts stay null: the value is
-- set when a check-in is submitted, and a submitted one never changes.
UPDATE submission SET main_scale = (
        SELECT MAX(sa.scale_value)
        FROM submission_answer sa
          JOIN exercise_question q ON q.id = sa.question_id
        WHERE sa.submission_id = submission.id AND q.kind = 'SCALE' AND q.prompt LIKE 'Trust:%')
WHERE status = 'SUBMITTED'
  AND assignment_id IN (
        SELECT a.id FROM assignment a JOIN exercise_template t ON t.id = a.template_id
        WHERE t.template_key = 'daily-check-in');

-- A client's submitted main-scale values in time order, from the index alone. It replaces
-- ix_submission_client (client_id, status, submitted_at), of which it is an extension, so the
-- progress page's PHQ-9/GAD-7 query and the client foreign key use it just as well.
CREATE INDEX ix_submission_client_scale ON submission (client_id, status, submitted_at, main_scale);
DROP INDEX ix_submission_client ON submission;
