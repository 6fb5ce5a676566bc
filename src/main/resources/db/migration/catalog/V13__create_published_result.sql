-- Results as published nationally (kết quả công bố): per index and year, overall (component_code NULL) or per component
-- (the criterion code of an area, factor or dimension). The score unit follows index_def.result_unit.
CREATE TABLE published_result (
    id             BIGSERIAL PRIMARY KEY,
    index_id       BIGINT        NOT NULL,
    year           INT           NOT NULL,
    component_code VARCHAR(20),
    score          NUMERIC(8, 3),
    rank_position  INT,
    rank_out_of    INT,
    papi_group     VARCHAR(30),
    source_note    VARCHAR(1000),
    version        BIGINT        NOT NULL DEFAULT 0,
    updated_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT fk_published_result_index FOREIGN KEY (index_id) REFERENCES index_def (id),
    CONSTRAINT ck_published_result_year CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_published_result_score CHECK (score IS NULL OR score >= 0),
    CONSTRAINT ck_published_result_out_of CHECK (rank_out_of IS NULL OR rank_out_of >= 1),
    CONSTRAINT ck_published_result_rank CHECK (rank_position IS NULL
        OR (rank_position >= 1 AND (rank_out_of IS NULL OR rank_position <= rank_out_of))),
    CONSTRAINT ck_published_result_group CHECK (papi_group IS NULL
        OR papi_group IN ('CAO_NHAT', 'TRUNG_BINH_CAO', 'TRUNG_BINH_THAP', 'THAP_NHAT'))
);
CREATE UNIQUE INDEX uk_published_result ON published_result (index_id, year, COALESCE(component_code, ''));
