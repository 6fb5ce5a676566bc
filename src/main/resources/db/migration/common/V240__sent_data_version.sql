-- A third number beside data_version.version and shared_version: sent_version grows with every committed change
-- version grows with, except an agency's work on entries that have not reached Sở Nội vụ (not started, drafts, waiting
-- for the agency head). The province's figures (task statuses, reporting discipline, the dashboards) read only what was
-- sent, so they are kept by sent_version and stay valid while agencies write; pages that show unsent work (a round's
-- review screen, an agency's own pages) keep using version, or shared_version and the agency's fingerprint.
-- Owners attach their tables with touch_data_version() (all three move), touch_data_version_agency_rows() (version and
-- sent_version) or touch_data_version_unsent_rows() (version only).
ALTER TABLE data_version ADD COLUMN sent_version BIGINT NOT NULL DEFAULT 1;

-- Moves version, and shared_version and sent_version when asked, each at most once per transaction.
CREATE FUNCTION move_data_version(shared BOOLEAN, sent BOOLEAN) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('chiso.data_version_touched', true), '') <> 'on' THEN
        UPDATE data_version SET version = version + 1 WHERE id = 1;
        PERFORM set_config('chiso.data_version_touched', 'on', true);
    END IF;
    IF shared AND coalesce(current_setting('chiso.shared_version_touched', true), '') <> 'on' THEN
        UPDATE data_version SET shared_version = shared_version + 1 WHERE id = 1;
        PERFORM set_config('chiso.shared_version_touched', 'on', true);
    END IF;
    IF sent AND coalesce(current_setting('chiso.sent_version_touched', true), '') <> 'on' THEN
        UPDATE data_version SET sent_version = sent_version + 1 WHERE id = 1;
        PERFORM set_config('chiso.sent_version_touched', 'on', true);
    END IF;
END $$;

CREATE OR REPLACE FUNCTION touch_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM move_data_version(true, true);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION touch_data_version_agency_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM move_data_version(false, true);
    RETURN NULL;
END $$;

CREATE FUNCTION touch_data_version_unsent_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM move_data_version(false, false);
    RETURN NULL;
END $$;

DROP FUNCTION move_data_version(BOOLEAN);
