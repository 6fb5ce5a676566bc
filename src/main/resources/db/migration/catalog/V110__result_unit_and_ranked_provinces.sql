-- Results keep the unit they were published in (an index may publish its overall figure in % and a component in
-- điểm); existing rows take their index's unit.
ALTER TABLE published_result ADD COLUMN unit VARCHAR(20);
UPDATE published_result r SET unit = d.result_unit FROM index_def d WHERE d.id = r.index_id;
ALTER TABLE published_result ALTER COLUMN unit SET NOT NULL;
ALTER TABLE published_result ADD CONSTRAINT ck_published_result_unit CHECK (unit IN ('PERCENT', 'POINTS'));

-- The highest score in điểm an index publishes: overall and per component (a component's own maximum in the
-- criteria set of the year wins where it has one). NULL: no bound beyond the unit's.
ALTER TABLE index_def ADD COLUMN max_points_overall NUMERIC(8, 3);
ALTER TABLE index_def ADD COLUMN max_points_component NUMERIC(8, 3);
UPDATE index_def SET max_points_overall = 100, max_points_component = 100 WHERE code IN ('PAR_INDEX', 'SIPAS');
-- PAPI: eight dimensions of 1–10 points, the overall figure their sum
UPDATE index_def SET max_points_overall = 80, max_points_component = 10 WHERE code = 'PAPI';

-- How many provinces an index ranks, in force from a year until the next row of the same index: 63 provinces until
-- 2024, 34 from 2025 (Nghị quyết 202/2025/QH15). A year in which an index ranked fewer (PAPI published 61 provinces
-- in some years) gets its own row on the results page, followed by a row restoring the usual count.
CREATE TABLE ranked_provinces (
    id        BIGSERIAL PRIMARY KEY,
    index_id  BIGINT NOT NULL REFERENCES index_def (id),
    from_year INT    NOT NULL,
    provinces INT    NOT NULL,
    version   BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_ranked_provinces UNIQUE (index_id, from_year),
    CONSTRAINT ck_ranked_provinces_year CHECK (from_year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_ranked_provinces_count CHECK (provinces BETWEEN 1 AND 1000)
);
INSERT INTO ranked_provinces (index_id, from_year, provinces) SELECT id, 2000, 63 FROM index_def;
INSERT INTO ranked_provinces (index_id, from_year, provinces) SELECT id, 2025, 34 FROM index_def;
