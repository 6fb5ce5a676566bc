-- An agency's work on an entry that has not reached Sở Nội vụ, before and after the change (not started, draft,
-- waiting for the agency head), moves data_version.version but not sent_version (V240): the province's figures read
-- only sent entries. Such a change touches only the working columns; a change of anything else (deadline, the late
-- mark, the first sending time, the task, the agency, a comment) moves sent_version too, as does every insert and
-- delete. Draft-only edits of a draft still move nothing (V161).
CREATE FUNCTION progress_entry_unsent_work(o progress_entry, n progress_entry) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$
    SELECT o.state NOT IN ('SUBMITTED', 'RETURNED', 'ACCEPTED') AND n.state NOT IN ('SUBMITTED', 'RETURNED', 'ACCEPTED')
       AND (to_jsonb(o) - ARRAY['state', 'implementation', 'percent_done', 'results', 'difficulties', 'proposals',
                                'updated_by', 'updated_at', 'version'])
         = (to_jsonb(n) - ARRAY['state', 'implementation', 'percent_done', 'results', 'difficulties', 'proposals',
                                'updated_by', 'updated_at', 'version'])
$$;

DROP TRIGGER progress_entry_update_data_version ON progress_entry;
-- changes to sent data, or to anything but the working columns (a draft's deadline too)
CREATE CONSTRAINT TRIGGER progress_entry_update_data_version AFTER UPDATE ON progress_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NOT progress_entry_unsent_work(OLD, NEW))
    EXECUTE FUNCTION touch_data_version_agency_rows();
-- unsent work other than a draft's own edits: a first save, sending to the head, the head sending it back
CREATE CONSTRAINT TRIGGER progress_entry_unsent_update_data_version AFTER UPDATE ON progress_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (progress_entry_unsent_work(OLD, NEW) AND NOT (OLD.state = 'DRAFT' AND NEW.state = 'DRAFT'))
    EXECUTE FUNCTION touch_data_version_unsent_rows();
