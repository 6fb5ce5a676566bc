-- A remedial action becomes an ordinary plan task when an active plan covers the year: keep the link.
ALTER TABLE remedial_action ADD COLUMN task_id BIGINT;
ALTER TABLE remedial_action ADD CONSTRAINT fk_remedial_action_task FOREIGN KEY (task_id) REFERENCES task (id);
