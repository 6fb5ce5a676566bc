-- A plan records the kind of document it was issued as: a plan (Kế hoạch), a directive (Chỉ thị) or a decision
-- (Quyết định). Their task tables are the same; captions and reports name the kind as printed.
ALTER TABLE plan ADD COLUMN document_kind VARCHAR(20) NOT NULL DEFAULT 'PLAN';
ALTER TABLE plan ADD CONSTRAINT ck_plan_document_kind CHECK (document_kind IN ('PLAN', 'DIRECTIVE', 'DECISION'));

-- A plan with reports is never deleted; it can be archived (kept, out of the working lists).
ALTER TABLE plan DROP CONSTRAINT ck_plan_status;
ALTER TABLE plan ADD CONSTRAINT ck_plan_status CHECK (status IN ('DRAFT', 'ACTIVE', 'CLOSED', 'ARCHIVED'));

-- An alias may name a group of agencies ("Các sở, ngành" → the province's group of departments) instead of one agency.
ALTER TABLE agency_alias ALTER COLUMN agency_id DROP NOT NULL;
ALTER TABLE agency_alias ADD COLUMN group_id BIGINT REFERENCES agency_group (id) ON DELETE CASCADE;
ALTER TABLE agency_alias ADD CONSTRAINT ck_agency_alias_target CHECK ((agency_id IS NULL) <> (group_id IS NULL));
CREATE INDEX ix_agency_alias_group ON agency_alias (group_id);
