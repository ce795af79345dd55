-- The language a template version is written in. A built-in exercise has an English version and, beside it,
-- versions in the portal's other languages, numbered in the same sequence; a client is given the one in their
-- language. A clinician's own template stays in the language it was written in (recorded as 'en' until the
-- editor asks). Answers are stored by question position, so scores do not depend on the language.
ALTER TABLE exercise_template_version ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'en';
