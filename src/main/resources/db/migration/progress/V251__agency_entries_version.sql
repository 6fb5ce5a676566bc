-- The version of each agency's progress entries: any insert, update or delete of an entry of the agency (a draft's
-- text included), by any instance or tool, gives the agency's row the next number, in the same transaction. With the
-- shared data version it keys what is kept of one agency's pages (the menu badge, the inbox, the agency dashboard);
-- reading it is one index lookup, where the fingerprint it replaces summed the row versions of all the agency's
-- entries on every page. An agency without a row has had no entries since this migration (its number is 0). No
-- foreign key: an agency deleted with its entries leaves a harmless row, and agency ids are never reused.
--
-- Locks: the function first locks data_version's row (as V250's does before a round's row) and only then an agency's
-- row, so two transactions can never wait for each other's agency rows in opposite orders. The triggers are deferred
-- to the commit, so the lock is held only while the transaction commits.
CREATE TABLE progress_agency_version (
    agency_id BIGINT PRIMARY KEY,
    version   BIGINT NOT NULL
);

INSERT INTO progress_agency_version (agency_id, version)
SELECT DISTINCT agency_id, 1 FROM progress_entry;

-- Once per agency and transaction (chiso.entry_agencies lists the agencies done).
CREATE FUNCTION progress_entry_touch_agency() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched TEXT;
    aid     BIGINT;
BEGIN
    touched := coalesce(current_setting('chiso.entry_agencies', true), '');
    IF touched = '' THEN
        PERFORM 1 FROM data_version WHERE id = 1 FOR NO KEY UPDATE;
        touched := ',';
    END IF;
    IF TG_OP = 'TRUNCATE' THEN
        UPDATE progress_agency_version SET version = version + 1;
        PERFORM set_config('chiso.entry_agencies', touched, true);
        RETURN NULL;
    END IF;
    FOREACH aid IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.agency_id END,
                                 CASE WHEN TG_OP <> 'DELETE' THEN NEW.agency_id END] LOOP
        IF aid IS NOT NULL AND position(',' || aid || ',' IN touched) = 0 THEN
            INSERT INTO progress_agency_version (agency_id, version) VALUES (aid, 1)
            ON CONFLICT (agency_id) DO UPDATE SET version = progress_agency_version.version + 1;
            touched := touched || aid || ',';
        END IF;
    END LOOP;
    PERFORM set_config('chiso.entry_agencies', touched, true);
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER progress_entry_agency_version AFTER INSERT OR UPDATE OR DELETE ON progress_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_entry_touch_agency();
CREATE TRIGGER progress_entry_truncate_agency_version AFTER TRUNCATE ON progress_entry
    FOR EACH STATEMENT EXECUTE FUNCTION progress_entry_touch_agency();
