-- The version of each agency's evidence: any insert, update or delete of a file or a document reference of the
-- agency (the owner's agency: evidence is always stored for an owner of its own agency), by any instance or tool, gives
-- the agency's row the next number at commit, once per transaction. A page that shows how much evidence an agency's
-- rows have (the period screen) keeps those counts by this number and reads it with one index lookup instead of
-- counting the files of every row on every view. An agency without a row has had no evidence since this migration (its
-- number is 0). No foreign key: agency ids are never reused.
--
-- The triggers are the common touch_agency_version() (V252), deferred to the commit: data_version's row is locked
-- before an agency's row, so two transactions never wait for each other's agency rows in opposite orders.
CREATE TABLE evidence_agency_version (
    agency_id BIGINT PRIMARY KEY,
    version   BIGINT NOT NULL
);

INSERT INTO evidence_agency_version (agency_id, version)
SELECT agency_id, 1 FROM evidence_file
UNION
SELECT agency_id, 1 FROM document_reference;

CREATE CONSTRAINT TRIGGER evidence_file_agency_version AFTER INSERT OR UPDATE OR DELETE ON evidence_file
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION touch_agency_version('evidence_agency_version', 'chiso.evidence_agencies');
CREATE TRIGGER evidence_file_truncate_agency_version AFTER TRUNCATE ON evidence_file
    FOR EACH STATEMENT
    EXECUTE FUNCTION touch_agency_version('evidence_agency_version', 'chiso.evidence_agencies');
CREATE CONSTRAINT TRIGGER document_reference_agency_version AFTER INSERT OR UPDATE OR DELETE ON document_reference
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION touch_agency_version('evidence_agency_version', 'chiso.evidence_agencies');
CREATE TRIGGER document_reference_truncate_agency_version AFTER TRUNCATE ON document_reference
    FOR EACH STATEMENT
    EXECUTE FUNCTION touch_agency_version('evidence_agency_version', 'chiso.evidence_agencies');
