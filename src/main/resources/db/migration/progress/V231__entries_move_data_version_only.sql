-- Progress entries are an agency's own rows: they move data_version.version (the province's figures change) but not
-- shared_version (V230), so the kept inbox and menu badge of the other agencies stay valid. Same conditions as V161.
DROP TRIGGER progress_entry_data_version ON progress_entry;
DROP TRIGGER progress_entry_update_data_version ON progress_entry;
DROP TRIGGER progress_entry_truncate_data_version ON progress_entry;
CREATE CONSTRAINT TRIGGER progress_entry_data_version AFTER INSERT OR DELETE ON progress_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version_agency_rows();
CREATE CONSTRAINT TRIGGER progress_entry_update_data_version AFTER UPDATE ON progress_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NOT (OLD.state = 'DRAFT' AND NEW.state = 'DRAFT'
        AND (to_jsonb(OLD) - ARRAY['implementation', 'percent_done', 'results', 'difficulties', 'proposals',
                                   'updated_by', 'updated_at', 'version'])
          = (to_jsonb(NEW) - ARRAY['implementation', 'percent_done', 'results', 'difficulties', 'proposals',
                                   'updated_by', 'updated_at', 'version'])))
    EXECUTE FUNCTION touch_data_version_agency_rows();
CREATE TRIGGER progress_entry_truncate_data_version AFTER TRUNCATE ON progress_entry
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version_agency_rows();
