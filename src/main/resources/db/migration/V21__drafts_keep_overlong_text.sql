-- Issue 13: an answer longer than its limit is kept as the draft (nothing typed is lost) and refused only
-- at submit. Its own large column, because the answer columns keep their limits and the rows their size.

-- An exercise answer over its limit: the text waits here, and text_value stays empty (not answered).
ALTER TABLE submission_answer ADD COLUMN overlong_text LONGTEXT NULL;

-- An intake answer over its limit, by the form's property name; removed once it fits again.
CREATE TABLE intake_overlong_answer (
    client_id UUID        NOT NULL,
    property  VARCHAR(40) NOT NULL,
    typed     LONGTEXT    NOT NULL,
    CONSTRAINT pk_intake_overlong_answer PRIMARY KEY (client_id, property),
    CONSTRAINT fk_intake_overlong_answer FOREIGN KEY (client_id) REFERENCES intake (client_id)
);
