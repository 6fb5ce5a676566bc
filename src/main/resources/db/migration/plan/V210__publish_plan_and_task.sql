-- Plan's published read models (TableOwnershipTests): other modules join these views, never the tables, so that plan
-- keeps its tables its own to change. Each view selects from one table only, without aggregates, so PostgreSQL
-- inlines it into the reader's query (same plans and indexes as joining the table). The column lists are plan's
-- contract: adding a column is fine, renaming or dropping one breaks the readers (progress).
-- Rows are never filtered here: readers decide on "deleted" as they did on the table.

-- pub_plan: a plan as other modules name it and scope by it.
--   id       the plan's id (task.plan_id, progress entries' plan)
--   code     the document number as issued ("150/KH-UBND")
--   title    the plan's title
--   deleted  true once the plan was deleted (soft delete): its tasks are out of every list
CREATE VIEW pub_plan AS
SELECT id, code, title, deleted
FROM plan;

COMMENT ON VIEW pub_plan IS
    'Published by plan: a plan as other modules name it (id, code, title) and whether it was deleted. Read-only.';

-- pub_task: a task as other modules show, search and order it.
--   id, plan_id        the task and its plan (join pub_plan on pub_plan.id = plan_id)
--   number, content    the task's number in its section ("1", "2a") and its wording
--   lead_text, cooperating_text, timing_text   the document's own wording of agencies and timing
--   schedule_json      the resolved timing (schedule's ScheduleJson), for completion dates
--   display_order      the task's position in its plan (document order)
--   deleted            true once the task was deleted (soft delete)
CREATE VIEW pub_task AS
SELECT id, plan_id, number, content, lead_text, cooperating_text, timing_text, schedule_json, display_order, deleted
FROM task;

COMMENT ON VIEW pub_task IS
    'Published by plan: a task as other modules show, search and order it (number, content, wording, schedule, '
    'document order) and whether it was deleted. Read-only.';
