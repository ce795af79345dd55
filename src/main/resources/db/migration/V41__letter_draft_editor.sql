-- Which open page (editor) saved a letter's draft last, so that a page holding an older copy is told the draft
-- changed elsewhere instead of overwriting it silently; a page's own save that it has not heard back about yet is
-- not "elsewhere". NULL for drafts saved before this column existed.
ALTER TABLE letter ADD COLUMN draft_editor UUID NULL;
