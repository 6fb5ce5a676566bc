-- The sent data number of each reporting round: when a change to a round's entries moves data_version.sent_version
-- (V240, V241), the round's row takes the new number, in the same transaction. A round's task statuses and reporting
-- discipline read only that round's entries and what shared_version covers (tasks, plans, agencies, rounds, the
-- calendar), so they are kept by shared_version and this number: a sending in one round keeps every other round's
-- figures. A round without a row has had no sent change since this migration (its number is 0).
--
-- Locks: the function first moves data_version (row 1, locked until commit by the first change of a transaction), and
-- only then a round's row, so two transactions can never wait for each other's round rows in opposite orders.
CREATE TABLE progress_round_version (
    round_id     BIGINT PRIMARY KEY REFERENCES reporting_round (id) ON DELETE CASCADE,
    sent_version BIGINT NOT NULL
);

INSERT INTO progress_round_version (round_id, sent_version)
SELECT r.id, d.sent_version FROM reporting_round r CROSS JOIN data_version d WHERE d.id = 1;

-- Moves version and sent_version (once per transaction), then gives each round the entry belonged to, before and
-- after, the new sent_version (once per round and transaction).
CREATE FUNCTION progress_entry_touch_sent() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched TEXT;
    rid     BIGINT;
BEGIN
    PERFORM move_data_version(false, true);
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO progress_round_version (round_id, sent_version)
        SELECT r.id, d.sent_version FROM reporting_round r CROSS JOIN data_version d WHERE d.id = 1
        ON CONFLICT (round_id) DO UPDATE SET sent_version = excluded.sent_version;
        RETURN NULL;
    END IF;
    touched := coalesce(current_setting('chiso.sent_rounds', true), '');
    FOREACH rid IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.round_id END,
                                 CASE WHEN TG_OP <> 'DELETE' THEN NEW.round_id END] LOOP
        IF rid IS NOT NULL AND position(',' || rid || ',' IN touched) = 0 THEN
            -- a round deleted in the same transaction has no figures left to keep
            INSERT INTO progress_round_version (round_id, sent_version)
            SELECT rid, d.sent_version FROM data_version d
            WHERE d.id = 1 AND EXISTS (SELECT 1 FROM reporting_round r WHERE r.id = rid)
            ON CONFLICT (round_id) DO UPDATE SET sent_version = excluded.sent_version;
            touched := touched || ',' || rid || ',';
            PERFORM set_config('chiso.sent_rounds', touched, true);
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

DROP TRIGGER progress_entry_data_version ON progress_entry;
DROP TRIGGER progress_entry_update_data_version ON progress_entry;
DROP TRIGGER progress_entry_truncate_data_version ON progress_entry;
CREATE CONSTRAINT TRIGGER progress_entry_data_version AFTER INSERT OR DELETE ON progress_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_entry_touch_sent();
-- changes to sent data, or to anything but the working columns (V241)
CREATE CONSTRAINT TRIGGER progress_entry_update_data_version AFTER UPDATE ON progress_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NOT progress_entry_unsent_work(OLD, NEW))
    EXECUTE FUNCTION progress_entry_touch_sent();
CREATE TRIGGER progress_entry_truncate_data_version AFTER TRUNCATE ON progress_entry
    FOR EACH STATEMENT EXECUTE FUNCTION progress_entry_touch_sent();
