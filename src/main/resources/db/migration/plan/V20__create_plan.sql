-- Plans (Kế hoạch) as issued, their appendices and sections in document order, and their tasks (nhiệm vụ) with the
-- document's own wording for agencies and timing beside what the system resolved. Rows are soft-deleted only.
CREATE TABLE plan (
    id                BIGSERIAL PRIMARY KEY,
    code              VARCHAR(60)   NOT NULL,
    issue_date        DATE,
    title             VARCHAR(2000) NOT NULL,
    issuing_body      VARCHAR(300),
    signer            VARCHAR(300),
    first_year        INT           NOT NULL,
    last_year         INT           NOT NULL,
    replaces_text     VARCHAR(1000),
    replaces_plan_id  BIGINT REFERENCES plan (id),
    status            VARCHAR(20)   NOT NULL DEFAULT 'DRAFT',
    deleted           BOOLEAN       NOT NULL DEFAULT FALSE,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT ck_plan_status CHECK (status IN ('DRAFT', 'ACTIVE', 'CLOSED')),
    CONSTRAINT ck_plan_years CHECK (first_year BETWEEN 2000 AND 2100 AND last_year >= first_year AND last_year <= 2100)
);
CREATE UNIQUE INDEX uk_plan_code ON plan (lower(code)) WHERE NOT deleted;

-- level 1 = appendix (Phụ lục 01), 2 = group (A, B, C; PAPI group "1"), 3 = subgroup (I, II …; "2.1").
CREATE TABLE plan_section (
    id            BIGSERIAL PRIMARY KEY,
    plan_id       BIGINT        NOT NULL REFERENCES plan (id),
    parent_id     BIGINT REFERENCES plan_section (id),
    level         INT           NOT NULL,
    label         VARCHAR(40)   NOT NULL,
    title         VARCHAR(2000) NOT NULL,
    display_order INT           NOT NULL,
    index_code    VARCHAR(20),
    criterion_id  BIGINT REFERENCES criterion (id),
    CONSTRAINT ck_plan_section_level CHECK (level BETWEEN 1 AND 3)
);
CREATE INDEX ix_plan_section_plan ON plan_section (plan_id, display_order);

CREATE TABLE task (
    id               BIGSERIAL PRIMARY KEY,
    plan_id          BIGINT        NOT NULL REFERENCES plan (id),
    section_id       BIGINT        NOT NULL REFERENCES plan_section (id),
    number           VARCHAR(20)   NOT NULL DEFAULT '',
    content          TEXT          NOT NULL,
    target_text      VARCHAR(500),
    lead_text        VARCHAR(1000) NOT NULL DEFAULT '',
    cooperating_text VARCHAR(1000) NOT NULL DEFAULT '',
    timing_text      VARCHAR(500)  NOT NULL DEFAULT '',
    completion_text  VARCHAR(500)  NOT NULL DEFAULT '',
    schedule_kind    VARCHAR(30)   NOT NULL DEFAULT 'UNKNOWN',
    schedule_json    TEXT,
    timing_explanation VARCHAR(1000),
    index_code       VARCHAR(20),
    display_order    INT           NOT NULL,
    deleted          BOOLEAN       NOT NULL DEFAULT FALSE,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX ix_task_plan ON task (plan_id, display_order);
CREATE INDEX ix_task_section ON task (section_id);
-- "tu phap" finds "Sở Tư pháp": accent-insensitive substring search through trigram indexes on the folded text.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_task_search_content ON task USING gin (f_unaccent(content) gin_trgm_ops);
CREATE INDEX ix_task_search_agencies ON task USING gin (f_unaccent(lead_text || ' ' || cooperating_text) gin_trgm_ops);

CREATE TABLE task_criterion (
    task_id      BIGINT NOT NULL REFERENCES task (id),
    criterion_id BIGINT NOT NULL REFERENCES criterion (id),
    CONSTRAINT pk_task_criterion PRIMARY KEY (task_id, criterion_id)
);
CREATE INDEX ix_task_criterion_criterion ON task_criterion (criterion_id);

-- One resolved item of a lead or cooperating cell: an agency, a named group (resolved to members at a date), or text
-- the system could not resolve ("Các cơ quan, đơn vị có liên quan"), kept and flagged.
CREATE TABLE task_assignment (
    id         BIGSERIAL PRIMARY KEY,
    task_id    BIGINT        NOT NULL REFERENCES task (id),
    role       VARCHAR(20)   NOT NULL,
    position   INT           NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    agency_id  BIGINT REFERENCES agency (id),
    group_code VARCHAR(40),
    text       VARCHAR(1000) NOT NULL,
    CONSTRAINT ck_task_assignment_role CHECK (role IN ('LEAD', 'COOPERATING')),
    CONSTRAINT ck_task_assignment_kind CHECK (kind IN ('AGENCY', 'GROUP', 'TEXT')),
    CONSTRAINT ck_task_assignment_target CHECK ((kind = 'AGENCY' AND agency_id IS NOT NULL)
        OR (kind = 'GROUP' AND group_code IS NOT NULL) OR kind = 'TEXT')
);
CREATE INDEX ix_task_assignment_task ON task_assignment (task_id);
CREATE INDEX ix_task_assignment_agency ON task_assignment (agency_id);
CREATE INDEX ix_task_assignment_group ON task_assignment (group_code);
