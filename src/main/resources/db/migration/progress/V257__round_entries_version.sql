-- The version of each reporting round's entries as a whole: it moves, once per transaction, with any insert, update or
-- delete of one of the round's entries (a draft's text included), in the same commit. The review screen's counts read
-- every entry of the round: while this number and the shared data number stand, the counts kept are current, and a
-- view reads this one number (with the data numbers, in one statement) instead of the round's 160 per-agency versions
-- (V256). When it moves, the per-agency versions say whose counts to read again, as before. A round without a row has
-- had no entries (its number is 0). No foreign key, as V256.
--
-- Locks: data_version's row first (once per transaction, as V252 and V256 do), and only then a round's row: two
-- transactions can never wait for each other's rows in opposite orders.
CREATE TABLE progress_round_entries_version (
    round_id BIGINT PRIMARY KEY,
    version  BIGINT NOT NULL
);

INSERT INTO progress_round_entries_version (round_id, version)
SELECT DISTINCT round_id, 1 FROM progress_entry;

-- Once per round and transaction: the transaction setting chiso.entries_rounds lists the rounds done (',3,7,').
CREATE FUNCTION progress_entry_touch_round_entries() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched TEXT;
    rid     BIGINT;
BEGIN
    touched := coalesce(current_setting('chiso.entries_rounds', true), '');
    IF touched = '' THEN
        PERFORM 1 FROM data_version WHERE id = 1 FOR NO KEY UPDATE;
        touched := ',';
    END IF;
    IF TG_OP = 'TRUNCATE' THEN
        UPDATE progress_round_entries_version SET version = version + 1;
        RETURN NULL;
    END IF;
    FOREACH rid IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.round_id END,
                                 CASE WHEN TG_OP <> 'DELETE' THEN NEW.round_id END] LOOP
        IF rid IS NOT NULL AND position(',' || rid || ',' IN touched) = 0 THEN
            INSERT INTO progress_round_entries_version (round_id, version) VALUES (rid, 1)
            ON CONFLICT (round_id) DO UPDATE SET version = progress_round_entries_version.version + 1;
            touched := touched || rid || ',';
        END IF;
    END LOOP;
    PERFORM set_config('chiso.entries_rounds', touched, true);
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER progress_entry_round_entries_version AFTER INSERT OR UPDATE OR DELETE ON progress_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_entry_touch_round_entries();
CREATE TRIGGER progress_entry_truncate_round_entries_version AFTER TRUNCATE ON progress_entry
    FOR EACH STATEMENT EXECUTE FUNCTION progress_entry_touch_round_entries();
