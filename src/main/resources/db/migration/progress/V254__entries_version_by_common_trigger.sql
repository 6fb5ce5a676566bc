-- The agency entries' version (V251) moved by the common touch_agency_version() (V252), which the evidence version
-- (V253) uses too: same numbers, same lock order, one function instead of a copy per module.
DROP TRIGGER progress_entry_agency_version ON progress_entry;
DROP TRIGGER progress_entry_truncate_agency_version ON progress_entry;

CREATE CONSTRAINT TRIGGER progress_entry_agency_version AFTER INSERT OR UPDATE OR DELETE ON progress_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION touch_agency_version('progress_agency_version', 'chiso.entry_agencies');
CREATE TRIGGER progress_entry_truncate_agency_version AFTER TRUNCATE ON progress_entry
    FOR EACH STATEMENT EXECUTE FUNCTION touch_agency_version('progress_agency_version', 'chiso.entry_agencies');

DROP FUNCTION progress_entry_touch_agency();
