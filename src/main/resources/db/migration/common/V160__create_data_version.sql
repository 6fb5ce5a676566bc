-- One number that grows with every committed change to the data the dashboards show (issue 17). Cached figures are
-- kept with the number they were computed at and are recomputed as soon as it has moved, on every instance: each
-- request reads it once (one row, one index lookup). The owners of the tables attach them with a trigger that calls
-- touch_data_version() (their own migrations); the trigger is a deferred constraint trigger, so the number moves in
-- the same commit as the data (never before it, never without it) and a transaction holds the row only while
-- committing; a transaction moves it once, however many rows it writes.
CREATE TABLE data_version (
    id       SMALLINT PRIMARY KEY CHECK (id = 1),
    version  BIGINT   NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 1);

CREATE FUNCTION touch_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('chiso.data_version_touched', true), '') <> 'on' THEN
        UPDATE data_version SET version = version + 1 WHERE id = 1;
        PERFORM set_config('chiso.data_version_touched', 'on', true);
    END IF;
    RETURN NULL;
END $$;
