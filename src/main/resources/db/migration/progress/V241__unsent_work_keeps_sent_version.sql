-- An agency's work on an entry that has not reached Sở Nội vụ, before and after the change (not started, draft,
-- waiting for the agency head), moves data_version.version but not sent_version (V240): the province's figures read
-- only sent entries. Such a change touches only the working columns; a change of anything else (deadline, the late
-- mark, the first sending time, the task, the agency, a comment) moves sent_version too, as does every insert and
-- delete. Draft-only edits of a draft still move nothing (V161).
DROP TRIGGER progress_entry_update_data_version ON progress_entry;
CREATE CONSTRAINT TRIGGER progress_entry_update_data_version AFTER UPDATE ON progress_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NOT (OLD.state = 'DRAFT' AND NEW.state = 'DRAFT'
        AND (to_jsonb(OLD) - ARRAY['implementation', 'percent_done', 'results', 'difficulties', 'proposals',
                                   'updated_by', 'updated_at', 'version'])
          = (to_jsonb(NEW) - ARRAY['implementation', 'percent_done', 'results', 'difficulties', 'proposals',
                                   'updated_by', 'updated_at', 'version']))
      AND (OLD.state IN ('SUBMITTED', 'RETURNED', 'ACCEPTED') OR NEW.state IN ('SUBMITTED', 'RETURNED', 'ACCEPTED')
        OR (to_jsonb(OLD) - ARRAY['state', 'implementation', 'percent_done', 'results', 'difficulties', 'proposals',
                                  'updated_by', 'updated_at', 'version'])
        <> (to_jsonb(NEW) - ARRAY['state', 'implementation', 'percent_done', 'results', 'difficulties', 'proposals',
                                  'updated_by', 'updated_at', 'version'])))
    EXECUTE FUNCTION touch_data_version_agency_rows();
CREATE CONSTRAINT TRIGGER progress_entry_unsent_update_data_version AFTER UPDATE ON progress_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NOT (OLD.state IN ('SUBMITTED', 'RETURNED', 'ACCEPTED') OR NEW.state IN ('SUBMITTED', 'RETURNED', 'ACCEPTED')
        OR (to_jsonb(OLD) - ARRAY['state', 'implementation', 'percent_done', 'results', 'difficulties', 'proposals',
                                  'updated_by', 'updated_at', 'version'])
        <> (to_jsonb(NEW) - ARRAY['state', 'implementation', 'percent_done', 'results', 'difficulties', 'proposals',
                                  'updated_by', 'updated_at', 'version']))
      AND NOT (OLD.state = 'DRAFT' AND NEW.state = 'DRAFT'))
    EXECUTE FUNCTION touch_data_version_unsent_rows();
