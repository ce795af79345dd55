-- Exercise templates. Built-in ones have a stable key and no owner; a clinician's own have an owner.
-- What a client sees (title, introduction, questions) lives in numbered versions, so editing a
-- template never changes an exercise already given: an assignment keeps the version it was given.
CREATE TABLE exercise_template (
    id                 UUID         NOT NULL,
    template_key       VARCHAR(80)  NULL,
    owner_id           UUID         NULL,
    theme              VARCHAR(32)  NOT NULL,
    audience           VARCHAR(16)  NOT NULL,
    couples_exercise   BOOLEAN      NOT NULL,
    minutes            INT          NOT NULL,
    suggested_schedule VARCHAR(16)  NOT NULL,
    measure            VARCHAR(8)   NULL,
    archived           BOOLEAN      NOT NULL,
    current_version    INT          NOT NULL,
    title              VARCHAR(80)  NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT pk_exercise_template PRIMARY KEY (id),
    CONSTRAINT uk_exercise_template_key UNIQUE (template_key),
    CONSTRAINT fk_exercise_template_owner FOREIGN KEY (owner_id) REFERENCES account (id)
);

CREATE INDEX ix_exercise_template_library ON exercise_template (archived, theme, audience, title);
CREATE INDEX ix_exercise_template_owner ON exercise_template (owner_id, title);

CREATE TABLE exercise_template_version (
    id             UUID         NOT NULL,
    template_id    UUID         NOT NULL,
    number         INT          NOT NULL,
    title          VARCHAR(80)  NOT NULL,
    introduction   VARCHAR(600) NOT NULL,
    content_hash   VARCHAR(64)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT pk_exercise_template_version PRIMARY KEY (id),
    CONSTRAINT uk_exercise_template_version UNIQUE (template_id, number),
    CONSTRAINT fk_template_version_template FOREIGN KEY (template_id) REFERENCES exercise_template (id)
);

CREATE TABLE exercise_question (
    id                  UUID          NOT NULL,
    template_version_id UUID          NOT NULL,
    position            INT           NOT NULL,
    kind                VARCHAR(24)   NOT NULL,
    prompt              VARCHAR(500)  NOT NULL,
    required            BOOLEAN       NOT NULL,
    low_label           VARCHAR(80)   NULL,
    high_label          VARCHAR(80)   NULL,
    options             VARCHAR(1000) NULL,
    CONSTRAINT pk_exercise_question PRIMARY KEY (id),
    CONSTRAINT uk_exercise_question_position UNIQUE (template_version_id, position),
    CONSTRAINT fk_question_template_version FOREIGN KEY (template_version_id)
        REFERENCES exercise_template_version (id)
);
