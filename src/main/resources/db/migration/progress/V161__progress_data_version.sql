-- Changes to reporting rounds and progress entries move data_version (V160),
-- so that cached dashboard figures are recomputed on every instance. Editing the text of an entry that stays a draft does not: a draft is the agency's own
-- until it is sent, and nothing outside the agency shows its content (moving the number on every keystroke-save of
-- the monthly rush would empty the cache for nothing). Any other change does, including a draft's first save, its
-- deadline, its sending and every review.
CREATE CONSTRAINT TRIGGER reporting_round_data_version AFTER INSERT OR UPDATE OR DELETE ON reporting_round
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER progress_entry_data_version AFTER INSERT OR DELETE ON progress_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER progress_entry_update_data_version AFTER UPDATE ON progress_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NOT (OLD.state = 'DRAFT' AND NEW.state = 'DRAFT'
        AND (to_jsonb(OLD) - ARRAY['implementation', 'percent_done', 'results', 'difficulties', 'proposals',
                                   'updated_by', 'updated_at', 'version'])
          = (to_jsonb(NEW) - ARRAY['implementation', 'percent_done', 'results', 'difficulties', 'proposals',
                                   'updated_by', 'updated_at', 'version'])))
    EXECUTE FUNCTION touch_data_version();
-- TRUNCATE fires no row trigger: it moves the number too.
CREATE TRIGGER reporting_round_truncate_data_version AFTER TRUNCATE ON reporting_round
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER progress_entry_truncate_data_version AFTER TRUNCATE ON progress_entry
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
