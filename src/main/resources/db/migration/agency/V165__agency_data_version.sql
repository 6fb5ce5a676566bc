-- Changes to agencies and their groups move data_version (V160),
-- so that cached dashboard figures are recomputed on every instance.
CREATE CONSTRAINT TRIGGER agency_data_version AFTER INSERT OR UPDATE OR DELETE ON agency
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER agency_group_data_version AFTER INSERT OR UPDATE OR DELETE ON agency_group
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE CONSTRAINT TRIGGER agency_group_member_data_version AFTER INSERT OR UPDATE OR DELETE ON agency_group_member
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
-- TRUNCATE fires no row trigger: it moves the number too.
CREATE TRIGGER agency_truncate_data_version AFTER TRUNCATE ON agency
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER agency_group_truncate_data_version AFTER TRUNCATE ON agency_group
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER agency_group_member_truncate_data_version AFTER TRUNCATE ON agency_group_member
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
