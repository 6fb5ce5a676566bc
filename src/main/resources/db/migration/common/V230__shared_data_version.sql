-- A second number beside data_version.version: shared_version grows with every committed change to the data every
-- agency's pages share (plans, tasks, rounds, criteria, results, scores, agencies, holidays) but not with changes to an
-- agency's own progress entries. A page that shows one agency's entries (its inbox, its menu badge) is kept by
-- shared_version and a fingerprint of that agency's entries, so a save in one agency no longer empties every other
-- agency's kept pages. Owners attach their tables with touch_data_version() (both numbers move) or, for an agency's
-- own rows, touch_data_version_agency_rows() (only version moves).
ALTER TABLE data_version ADD COLUMN shared_version BIGINT NOT NULL DEFAULT 1;

-- Moves version, and shared_version when asked, each at most once per transaction.
CREATE FUNCTION move_data_version(shared BOOLEAN) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('chiso.data_version_touched', true), '') <> 'on' THEN
        UPDATE data_version SET version = version + 1 WHERE id = 1;
        PERFORM set_config('chiso.data_version_touched', 'on', true);
    END IF;
    IF shared AND coalesce(current_setting('chiso.shared_version_touched', true), '') <> 'on' THEN
        UPDATE data_version SET shared_version = shared_version + 1 WHERE id = 1;
        PERFORM set_config('chiso.shared_version_touched', 'on', true);
    END IF;
END $$;

CREATE OR REPLACE FUNCTION touch_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM move_data_version(true);
    RETURN NULL;
END $$;

CREATE FUNCTION touch_data_version_agency_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM move_data_version(false);
    RETURN NULL;
END $$;
