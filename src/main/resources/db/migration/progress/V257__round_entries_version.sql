-- The version of each reporting round's entries as a whole: it moves, once per transaction, with any insert, update or
-- delete of one of the round's entries (a draft's text included), as the round's per-agency versions do (V256), in
-- the same commit. The review screen's counts read every entry of the round: while this number and the shared data
-- number stand, the counts kept are current, and a view reads this one number (with the data numbers, in one
-- statement) instead of the round's 160 per-agency versions. When it moves, the per-agency versions say whose counts to
-- read again, as before. A round without a row has had no entries (its number is 0). No foreign key, as V256.
--
-- Locks: data_version's row first (taken by the function before anything else, as V256), then the round's row, then
-- the pair's row: two transactions can never wait for each other's rows in opposite orders.
CREATE TABLE progress_round_entries_version (
    round_id BIGINT PRIMARY KEY,
    version  BIGINT NOT NULL
);

INSERT INTO progress_round_entries_version (round_id, version)
SELECT DISTINCT round_id, 1 FROM progress_entry;

-- V256's function, which now also moves the round's number the first time the transaction touches the round.
CREATE OR REPLACE FUNCTION progress_entry_touch_round_agency() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sent         BOOLEAN;
    rid          BIGINT;
    aid          BIGINT;
    touched      TEXT;
    touched_sent TEXT;
    i            INT;
BEGIN
    IF coalesce(current_setting('chiso.round_agencies', true), '') = '' THEN
        PERFORM 1 FROM data_version WHERE id = 1 FOR NO KEY UPDATE;
        PERFORM set_config('chiso.round_agencies', 'on', true);
    END IF;
    IF TG_OP = 'TRUNCATE' THEN
        UPDATE progress_round_entries_version SET version = version + 1;
        UPDATE progress_round_agency_version SET version = version + 1, sent_version = sent_version + 1;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        sent := NOT progress_entry_unsent_work(OLD, NEW);
    ELSE
        sent := true;
    END IF;
    FOR i IN 1..2 LOOP
        IF i = 1 AND TG_OP <> 'INSERT' THEN
            rid := OLD.round_id; aid := OLD.agency_id;
        ELSIF i = 2 AND TG_OP <> 'DELETE' THEN
            rid := NEW.round_id; aid := NEW.agency_id;
        ELSE
            CONTINUE;
        END IF;
        touched := coalesce(current_setting('chiso.round_agencies_' || rid, true), '');
        touched_sent := coalesce(current_setting('chiso.sent_round_agencies_' || rid, true), '');
        IF touched = '' THEN
            INSERT INTO progress_round_entries_version (round_id, version) VALUES (rid, 1)
            ON CONFLICT (round_id) DO UPDATE SET version = progress_round_entries_version.version + 1;
        END IF;
        IF position(',' || aid || ',' IN touched) = 0 THEN
            INSERT INTO progress_round_agency_version (round_id, agency_id, version, sent_version)
            VALUES (rid, aid, 1, CASE WHEN sent THEN 1 ELSE 0 END)
            ON CONFLICT (round_id, agency_id) DO UPDATE SET version = progress_round_agency_version.version + 1,
                sent_version = progress_round_agency_version.sent_version + CASE WHEN sent THEN 1 ELSE 0 END;
            PERFORM set_config('chiso.round_agencies_' || rid,
                                CASE WHEN touched = '' THEN ',' ELSE touched END || aid || ',', true);
            IF sent THEN
                PERFORM set_config('chiso.sent_round_agencies_' || rid,
                                    CASE WHEN touched_sent = '' THEN ',' ELSE touched_sent END || aid || ',', true);
            END IF;
        ELSIF sent AND position(',' || aid || ',' IN touched_sent) = 0 THEN
            UPDATE progress_round_agency_version SET sent_version = sent_version + 1
            WHERE round_id = rid AND agency_id = aid;
            PERFORM set_config('chiso.sent_round_agencies_' || rid,
                                CASE WHEN touched_sent = '' THEN ',' ELSE touched_sent END || aid || ',', true);
        END IF;
    END LOOP;
    RETURN NULL;
END $$;
