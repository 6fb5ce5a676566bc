-- Remedial tasks (nhiệm vụ khắc phục) opened from the lost points of the monthly self-assessment live in a section of
-- their own, marked remedial, which the official plan's reports leave out unless asked. A task counts from valid_from
-- (null: from the plan's start): progress obligations and period reports never show it in periods before it existed.
ALTER TABLE plan_section ADD COLUMN remedial BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE task ADD COLUMN valid_from DATE;
UPDATE plan_section SET remedial = TRUE
WHERE label = 'KP' AND title = 'Nhiệm vụ khắc phục điểm tự chấm Chỉ số CCHC';
UPDATE task t SET valid_from = (t.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
FROM plan_section s WHERE s.id = t.section_id AND s.remedial;
