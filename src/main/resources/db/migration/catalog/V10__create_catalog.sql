-- Index catalog: indices, criteria sets per year and subject (a tree of areas → criteria → sub-criteria),
-- published results and targets.
CREATE TABLE index_def (
    id            BIGSERIAL PRIMARY KEY,
    code          VARCHAR(20)  NOT NULL,
    name          VARCHAR(300) NOT NULL,
    short_name    VARCHAR(40)  NOT NULL,
    result_unit   VARCHAR(20)  NOT NULL,
    display_order INT          NOT NULL DEFAULT 0,
    description   VARCHAR(2000),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_index_def_code UNIQUE (code),
    CONSTRAINT ck_index_def_unit CHECK (result_unit IN ('PERCENT', 'POINTS'))
);

-- A criteria set applies to one index, one year and one subject: the province itself (PROVINCE) or the province's own
-- agencies (SO_BAN_NGANH, UBND_XA ...). A set that already carries scores is never edited in place: a new revision is made.
CREATE TABLE criteria_set (
    id              BIGSERIAL PRIMARY KEY,
    index_id        BIGINT        NOT NULL REFERENCES index_def (id),
    year            INT           NOT NULL,
    subject         VARCHAR(30)   NOT NULL,
    revision        INT           NOT NULL DEFAULT 1,
    name            VARCHAR(500)  NOT NULL,
    legal_basis     VARCHAR(500),
    illustrative    BOOLEAN       NOT NULL DEFAULT FALSE,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    previous_set_id BIGINT REFERENCES criteria_set (id),
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT uk_criteria_set UNIQUE (index_id, year, subject, revision),
    CONSTRAINT ck_criteria_set_year CHECK (year BETWEEN 2000 AND 2100)
);
-- at most one active set per index, year and subject
CREATE UNIQUE INDEX uk_criteria_set_active ON criteria_set (index_id, year, subject) WHERE active;

CREATE TABLE criterion (
    id                    BIGSERIAL PRIMARY KEY,
    set_id                BIGINT        NOT NULL REFERENCES criteria_set (id),
    parent_id             BIGINT REFERENCES criterion (id),
    code                  VARCHAR(20)   NOT NULL,
    name                  VARCHAR(2000) NOT NULL,
    level                 INT           NOT NULL,
    display_order         INT           NOT NULL DEFAULT 0,
    max_points            NUMERIC(8, 3),
    score_step            NUMERIC(6, 3),
    assessment_method     VARCHAR(30)   NOT NULL DEFAULT 'SELF_APPRAISED',
    responsible_agency_id BIGINT REFERENCES agency (id),
    note                  VARCHAR(2000),
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_criterion_code UNIQUE (set_id, code),
    CONSTRAINT ck_criterion_level CHECK (level BETWEEN 1 AND 5),
    CONSTRAINT ck_criterion_points CHECK (max_points IS NULL OR max_points >= 0),
    CONSTRAINT ck_criterion_step CHECK (score_step IS NULL OR score_step > 0),
    CONSTRAINT ck_criterion_method CHECK (assessment_method IN ('SELF_APPRAISED', 'SURVEY', 'PUBLISHED'))
);
CREATE INDEX ix_criterion_set ON criterion (set_id);
CREATE INDEX ix_criterion_parent ON criterion (parent_id);
