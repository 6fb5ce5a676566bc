-- Targets (mục tiêu) per index, optional component and year, with the plan's own wording kept verbatim.
CREATE TABLE index_target (
    id             BIGSERIAL PRIMARY KEY,
    index_id       BIGINT        NOT NULL,
    year           INT           NOT NULL,
    component_code VARCHAR(20),
    kind           VARCHAR(30)   NOT NULL,
    threshold      NUMERIC(8, 3),
    target_group   VARCHAR(30),
    wording        VARCHAR(1000) NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_index_target_index FOREIGN KEY (index_id) REFERENCES index_def (id),
    CONSTRAINT ck_index_target_year CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_index_target_kind CHECK (kind IN ('RANK_GAIN', 'RANK_AT_MOST', 'SCORE_AT_LEAST', 'GROUP_AT_LEAST',
        'MAINTAIN')),
    CONSTRAINT ck_index_target_threshold CHECK (kind NOT IN ('RANK_GAIN', 'RANK_AT_MOST', 'SCORE_AT_LEAST')
        OR threshold IS NOT NULL),
    CONSTRAINT ck_index_target_group CHECK ((kind <> 'GROUP_AT_LEAST' OR target_group IS NOT NULL)
        AND (target_group IS NULL OR target_group IN ('CAO_NHAT', 'TRUNG_BINH_CAO', 'TRUNG_BINH_THAP', 'THAP_NHAT')))
);
CREATE UNIQUE INDEX uk_index_target ON index_target (index_id, year, COALESCE(component_code, ''), kind);
