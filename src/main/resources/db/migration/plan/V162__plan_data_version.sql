-- Changes to plans, sections, tasks, assignments and criterion links move data_version (V160),
-- so that cached dashboard figures are recomputed on every instance.
CREATE CONSTRAINT TRIGGER plan_data_version AFTER INSERT OR UPDATE OR DELETE ON plan
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER plan_section_data_version AFTER INSERT OR UPDATE OR DELETE ON plan_section
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER task_data_version AFTER INSERT OR UPDATE OR DELETE ON task
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER task_assignment_data_version AFTER INSERT OR UPDATE OR DELETE ON task_assignment
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER task_criterion_data_version AFTER INSERT OR UPDATE OR DELETE ON task_criterion
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
-- TRUNCATE fires no row trigger: it moves the number too.
CREATE TRIGGER plan_truncate_data_version AFTER TRUNCATE ON plan
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER task_truncate_data_version AFTER TRUNCATE ON task
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER plan_section_truncate_data_version AFTER TRUNCATE ON plan_section
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER task_assignment_truncate_data_version AFTER TRUNCATE ON task_assignment
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER task_criterion_truncate_data_version AFTER TRUNCATE ON task_criterion
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
