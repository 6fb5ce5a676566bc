-- Changes to scoring rounds, areas, scores and remedial actions move data_version (V160),
-- so that cached dashboard figures are recomputed on every instance.
CREATE CONSTRAINT TRIGGER scoring_round_data_version AFTER INSERT OR UPDATE OR DELETE ON scoring_round
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER scoring_area_data_version AFTER INSERT OR UPDATE OR DELETE ON scoring_area
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER criterion_score_data_version AFTER INSERT OR UPDATE OR DELETE ON criterion_score
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER remedial_action_data_version AFTER INSERT OR UPDATE OR DELETE ON remedial_action
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
-- TRUNCATE fires no row trigger: it moves the number too.
CREATE TRIGGER scoring_round_truncate_data_version AFTER TRUNCATE ON scoring_round
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER scoring_area_truncate_data_version AFTER TRUNCATE ON scoring_area
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER criterion_score_truncate_data_version AFTER TRUNCATE ON criterion_score
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER remedial_action_truncate_data_version AFTER TRUNCATE ON remedial_action
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
