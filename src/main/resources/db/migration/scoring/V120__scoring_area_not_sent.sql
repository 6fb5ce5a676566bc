-- Closing a month with areas still being scored: the areas are recorded as "không gửi" (NOT_SENT) and count with the
-- score last sent to Sở Nội vụ (or zero). sent_score keeps that score, written whenever an area reaches Sở Nội vụ.
ALTER TABLE criterion_score ADD COLUMN sent_score NUMERIC(8, 3);
ALTER TABLE criterion_score ADD CONSTRAINT ck_criterion_score_sent CHECK (sent_score IS NULL OR sent_score >= 0);
UPDATE criterion_score s SET sent_score = s.self_score
FROM scoring_area a WHERE a.round_id = s.round_id AND a.area_id = s.area_id AND a.status = 'SUBMITTED';
ALTER TABLE scoring_area DROP CONSTRAINT ck_scoring_area_status;
ALTER TABLE scoring_area ADD CONSTRAINT ck_scoring_area_status
    CHECK (status IN ('DRAFT', 'AWAITING_APPROVAL', 'SUBMITTED', 'RETURNED', 'NOT_SENT'));
