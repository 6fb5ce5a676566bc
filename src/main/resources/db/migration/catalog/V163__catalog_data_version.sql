-- Changes to indices, criteria sets, criteria, published results and targets move data_version (V160),
-- so that cached dashboard figures are recomputed on every instance.
CREATE CONSTRAINT TRIGGER index_def_data_version AFTER INSERT OR UPDATE OR DELETE ON index_def
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER criteria_set_data_version AFTER INSERT OR UPDATE OR DELETE ON criteria_set
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER criterion_data_version AFTER INSERT OR UPDATE OR DELETE ON criterion
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER published_result_data_version AFTER INSERT OR UPDATE OR DELETE ON published_result
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER index_target_data_version AFTER INSERT OR UPDATE OR DELETE ON index_target
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER ranked_provinces_data_version AFTER INSERT OR UPDATE OR DELETE ON ranked_provinces
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
-- TRUNCATE fires no row trigger: it moves the number too.
CREATE TRIGGER index_def_truncate_data_version AFTER TRUNCATE ON index_def
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER criteria_set_truncate_data_version AFTER TRUNCATE ON criteria_set
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER criterion_truncate_data_version AFTER TRUNCATE ON criterion
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER published_result_truncate_data_version AFTER TRUNCATE ON published_result
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER index_target_truncate_data_version AFTER TRUNCATE ON index_target
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER ranked_provinces_truncate_data_version AFTER TRUNCATE ON ranked_provinces
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
