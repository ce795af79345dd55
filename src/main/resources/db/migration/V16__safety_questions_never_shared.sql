-- Safety questions never reach a partner, and a client chooses which other answers of a shared submission
-- their partner sees.
-- Whether a question is a safety question is decided in one place: a question definition's "safety" flag
-- in built-in-library.json (or a clinician's own template). The built-in library marks every stored version
-- of its templates at start-up (homework.BuiltInLibrary), so versions already given are covered too.
ALTER TABLE exercise_question ADD COLUMN safety_question BOOLEAN NOT NULL DEFAULT FALSE;

-- An answer the client left out when sharing the submission with their partner. Existing shares keep
-- showing what they showed, apart from safety questions.
ALTER TABLE submission_answer ADD COLUMN withheld_from_partner BOOLEAN NOT NULL DEFAULT FALSE;
