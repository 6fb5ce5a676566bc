-- The version of each agency's evidence: any insert, update or delete of a file or a document reference of the
-- agency (the owner's agency: evidence is always stored for an owner of its own agency), by any instance or tool, gives
-- the agency's row the next number at commit, once per transaction. A page that shows how much evidence an agency's
-- rows have (the period screen) keeps those counts by this number and reads it with one index lookup instead of
-- counting the files of every row on every view. An agency without a row has had no evidence since this migration (its
-- number is 0). No foreign key: agency ids are never reused.
--
-- Locks: as progress_entry_touch_agency() (V251), the function locks data_version's row first and only then an
-- agency's row, so two transactions never wait for each other's agency rows in opposite orders; the triggers are
-- deferred to the commit, so the locks are held only while the transaction commits.
CREATE TABLE evidence_agency_version (
    agency_id BIGINT PRIMARY KEY,
    version   BIGINT NOT NULL
);

INSERT INTO evidence_agency_version (agency_id, version)
SELECT agency_id, 1 FROM evidence_file
UNION
SELECT agency_id, 1 FROM document_reference;

-- Once per agency and transaction (chiso.evidence_agencies lists the agencies done).
CREATE FUNCTION evidence_touch_agency() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched TEXT;
    aid     BIGINT;
BEGIN
    touched := coalesce(current_setting('chiso.evidence_agencies', true), '');
    IF touched = '' THEN
        PERFORM 1 FROM data_version WHERE id = 1 FOR NO KEY UPDATE;
        touched := ',';
    END IF;
    IF TG_OP = 'TRUNCATE' THEN
        UPDATE evidence_agency_version SET version = version + 1;
        PERFORM set_config('chiso.evidence_agencies', touched, true);
        RETURN NULL;
    END IF;
    FOREACH aid IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.agency_id END,
                                 CASE WHEN TG_OP <> 'DELETE' THEN NEW.agency_id END] LOOP
        IF aid IS NOT NULL AND position(',' || aid || ',' IN touched) = 0 THEN
            INSERT INTO evidence_agency_version (agency_id, version) VALUES (aid, 1)
            ON CONFLICT (agency_id) DO UPDATE SET version = evidence_agency_version.version + 1;
            touched := touched || aid || ',';
        END IF;
    END LOOP;
    PERFORM set_config('chiso.evidence_agencies', touched, true);
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER evidence_file_agency_version AFTER INSERT OR UPDATE OR DELETE ON evidence_file
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION evidence_touch_agency();
CREATE TRIGGER evidence_file_truncate_agency_version AFTER TRUNCATE ON evidence_file
    FOR EACH STATEMENT EXECUTE FUNCTION evidence_touch_agency();
CREATE CONSTRAINT TRIGGER document_reference_agency_version AFTER INSERT OR UPDATE OR DELETE ON document_reference
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION evidence_touch_agency();
CREATE TRIGGER document_reference_truncate_agency_version AFTER TRUNCATE ON document_reference
    FOR EACH STATEMENT EXECUTE FUNCTION evidence_touch_agency();
