-- Yearly scoring of the province's own agencies (chấm điểm Chỉ số CCHC của cơ quan, đơn vị): one round per year and
-- subject (SO_BAN_NGANH, UBND_XA) on the active criteria set, one assessment per participating agency, one score per
-- leaf criterion. Band thresholds (percent of the maximum) are settings of the round.
CREATE TABLE agency_assessment_round (
    id                   BIGSERIAL PRIMARY KEY,
    set_id               BIGINT        NOT NULL,
    year                 INT           NOT NULL,
    subject              VARCHAR(30)   NOT NULL,
    status               VARCHAR(20)   NOT NULL DEFAULT 'OPEN',
    self_deadline        DATE          NOT NULL,
    appraisal_deadline   DATE          NOT NULL,
    explanation_deadline DATE          NOT NULL,
    band_excellent       NUMERIC(5, 2) NOT NULL DEFAULT 90,
    band_good            NUMERIC(5, 2) NOT NULL DEFAULT 80,
    band_fair            NUMERIC(5, 2) NOT NULL DEFAULT 70,
    band_average         NUMERIC(5, 2) NOT NULL DEFAULT 50,
    opened_by            BIGINT,
    opened_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    finalised_at         TIMESTAMPTZ,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_agency_assessment_round_set FOREIGN KEY (set_id) REFERENCES criteria_set (id),
    CONSTRAINT fk_agency_assessment_round_opened_by FOREIGN KEY (opened_by) REFERENCES app_user (id),
    CONSTRAINT uk_agency_assessment_round UNIQUE (year, subject),
    CONSTRAINT ck_agency_assessment_round_subject CHECK (subject IN ('SO_BAN_NGANH', 'UBND_XA')),
    CONSTRAINT ck_agency_assessment_round_status CHECK (status IN ('OPEN', 'FINALISED')),
    CONSTRAINT ck_agency_assessment_round_bands CHECK (band_excellent >= band_good AND band_good >= band_fair
        AND band_fair >= band_average AND band_average >= 0 AND band_excellent <= 100)
);

CREATE TABLE agency_assessment (
    id            BIGSERIAL PRIMARY KEY,
    round_id      BIGINT        NOT NULL,
    agency_id     BIGINT        NOT NULL,
    status        VARCHAR(30)   NOT NULL DEFAULT 'DRAFT',
    submitted_at  TIMESTAMPTZ,
    submitted_by  BIGINT,
    total         NUMERIC(8, 3),
    max_total     NUMERIC(8, 3),
    rank          INT,
    band          VARCHAR(20),
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_agency_assessment_round FOREIGN KEY (round_id) REFERENCES agency_assessment_round (id),
    CONSTRAINT fk_agency_assessment_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_agency_assessment_submitted_by FOREIGN KEY (submitted_by) REFERENCES app_user (id),
    CONSTRAINT uk_agency_assessment UNIQUE (round_id, agency_id),
    CONSTRAINT ck_agency_assessment_status CHECK (status IN ('DRAFT', 'AWAITING_APPROVAL', 'SUBMITTED')),
    CONSTRAINT ck_agency_assessment_band CHECK (band IS NULL OR band IN ('EXCELLENT', 'GOOD', 'FAIR', 'AVERAGE', 'WEAK'))
);
CREATE INDEX ix_agency_assessment_agency ON agency_assessment (agency_id);

-- Self score, appraisal, the agency's explanation (giải trình) of the appraisal and Sở Nội vụ's final score.
CREATE TABLE agency_assessment_score (
    id                BIGSERIAL PRIMARY KEY,
    assessment_id     BIGINT        NOT NULL,
    criterion_id      BIGINT        NOT NULL,
    self_score        NUMERIC(8, 3),
    explanation       VARCHAR(4000),
    appraised_score   NUMERIC(8, 3),
    appraisal_comment VARCHAR(2000),
    response          VARCHAR(4000),
    responded_at      TIMESTAMPTZ,
    final_score       NUMERIC(8, 3),
    final_comment     VARCHAR(2000),
    updated_by        BIGINT,
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT fk_agency_assessment_score_assessment FOREIGN KEY (assessment_id) REFERENCES agency_assessment (id),
    CONSTRAINT fk_agency_assessment_score_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id),
    CONSTRAINT fk_agency_assessment_score_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id),
    CONSTRAINT uk_agency_assessment_score UNIQUE (assessment_id, criterion_id),
    CONSTRAINT ck_agency_assessment_score_self CHECK (self_score IS NULL OR self_score >= 0),
    CONSTRAINT ck_agency_assessment_score_appraised CHECK (appraised_score IS NULL OR appraised_score >= 0),
    CONSTRAINT ck_agency_assessment_score_final CHECK (final_score IS NULL OR final_score >= 0)
);
