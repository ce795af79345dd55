-- Issue 13: a letter draft longer than its limit is kept as typed (nothing typed is lost), as exercise answers
-- and intake answers are since V21, and refused only when it is sent. Its own large column: the letter's body keeps
-- its limit, and a sent letter never has text here.
ALTER TABLE letter ADD COLUMN overlong_body LONGTEXT NULL;
