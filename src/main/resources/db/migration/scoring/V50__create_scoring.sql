-- Monthly self-assessment (tự chấm điểm) of the province's PAR INDEX criteria set: one round per month of the year's
-- active set, one submission per area (level-1 criterion) for its responsible agency, one score per criterion.
CREATE TABLE scoring_round (
    id                     BIGSERIAL PRIMARY KEY,
    set_id                 BIGINT        NOT NULL,
    year                   INT           NOT NULL,
    month                  INT           NOT NULL,
    status                 VARCHAR(20)   NOT NULL DEFAULT 'OPEN',
    agency_deadline        DATE          NOT NULL,
    consolidation_deadline DATE          NOT NULL,
    survey_estimate        NUMERIC(8, 3),
    target_benchmark       NUMERIC(6, 2),
    opened_by              BIGINT,
    opened_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    closed_at              TIMESTAMPTZ,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_scoring_round_set FOREIGN KEY (set_id) REFERENCES criteria_set (id),
    CONSTRAINT fk_scoring_round_opened_by FOREIGN KEY (opened_by) REFERENCES app_user (id),
    CONSTRAINT uk_scoring_round UNIQUE (set_id, month),
    CONSTRAINT ck_scoring_round_month CHECK (month BETWEEN 1 AND 12),
    CONSTRAINT ck_scoring_round_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_scoring_round_estimate CHECK (survey_estimate IS NULL OR survey_estimate >= 0),
    CONSTRAINT ck_scoring_round_benchmark CHECK (target_benchmark IS NULL OR target_benchmark BETWEEN 0 AND 100)
);

CREATE TABLE scoring_area (
    id            BIGSERIAL PRIMARY KEY,
    round_id      BIGINT        NOT NULL,
    area_id       BIGINT        NOT NULL,
    agency_id     BIGINT,
    status        VARCHAR(30)   NOT NULL DEFAULT 'DRAFT',
    submitted_at  TIMESTAMPTZ,
    submitted_by  BIGINT,
    late          BOOLEAN       NOT NULL DEFAULT FALSE,
    return_reason VARCHAR(2000),
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_scoring_area_round FOREIGN KEY (round_id) REFERENCES scoring_round (id),
    CONSTRAINT fk_scoring_area_criterion FOREIGN KEY (area_id) REFERENCES criterion (id),
    CONSTRAINT fk_scoring_area_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_scoring_area_submitted_by FOREIGN KEY (submitted_by) REFERENCES app_user (id),
    CONSTRAINT uk_scoring_area UNIQUE (round_id, area_id),
    CONSTRAINT ck_scoring_area_status CHECK (status IN ('DRAFT', 'AWAITING_APPROVAL', 'SUBMITTED', 'RETURNED'))
);
CREATE INDEX ix_scoring_area_agency ON scoring_area (agency_id);

-- Self score (điểm tự chấm) and appraised score (điểm thẩm định) of one leaf criterion in one round.
CREATE TABLE criterion_score (
    id                BIGSERIAL PRIMARY KEY,
    round_id          BIGINT        NOT NULL,
    criterion_id      BIGINT        NOT NULL,
    area_id           BIGINT        NOT NULL,
    agency_id         BIGINT,
    self_score        NUMERIC(8, 3),
    explanation       VARCHAR(4000),
    appraised_score   NUMERIC(8, 3),
    appraisal_comment VARCHAR(2000),
    updated_by        BIGINT,
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_criterion_score_round FOREIGN KEY (round_id) REFERENCES scoring_round (id),
    CONSTRAINT fk_criterion_score_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id),
    CONSTRAINT fk_criterion_score_area FOREIGN KEY (area_id) REFERENCES criterion (id),
    CONSTRAINT fk_criterion_score_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_criterion_score_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id),
    CONSTRAINT uk_criterion_score UNIQUE (round_id, criterion_id),
    CONSTRAINT ck_criterion_score_self CHECK (self_score IS NULL OR self_score >= 0),
    CONSTRAINT ck_criterion_score_appraised CHECK (appraised_score IS NULL OR appraised_score >= 0)
);
CREATE INDEX ix_criterion_score_area ON criterion_score (round_id, area_id);

-- Remedial actions opened from the lost-points list, until the plan module offers a public way to create a task.
CREATE TABLE remedial_action (
    id           BIGSERIAL PRIMARY KEY,
    round_id     BIGINT        NOT NULL,
    criterion_id BIGINT        NOT NULL,
    agency_id    BIGINT,
    points_lost  NUMERIC(8, 3) NOT NULL,
    content      VARCHAR(2000) NOT NULL,
    created_by   BIGINT,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT fk_remedial_action_round FOREIGN KEY (round_id) REFERENCES scoring_round (id),
    CONSTRAINT fk_remedial_action_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id),
    CONSTRAINT fk_remedial_action_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_remedial_action_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT uk_remedial_action UNIQUE (round_id, criterion_id)
);
