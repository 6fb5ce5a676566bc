-- The versions of each agency's entries in each reporting round: version moves with any insert, update or delete of
-- one of the agency's entries in the round (a draft's text included); sent_version only with the changes that move
-- data_version.sent_version (V240, V241: every insert and delete, a change of a sent entry, a sending; not an agency's
-- work on entries that have not reached Sở Nội vụ). A round's figures made of per-agency rows (task statuses,
-- reporting discipline, the review screen's counts) say by these numbers whose rows to read again: the figures that
-- read only sent entries by sent_version, the review screen's counts by version. An agency's work in one round no
-- longer makes every other round read that agency's rows again, and a draft saved makes no sent figure read anything.
-- A pair without a row has had no entries since this migration (its numbers are 0). No foreign keys: a round or an
-- agency deleted with its entries leaves a harmless row, and ids are never reused.
--
-- Locks: data_version's row first, and only then a pair's row, as the per-round and per-agency numbers do (V250,
-- V252): two transactions can never wait for each other's rows in opposite orders. Deferred to the commit, the
-- triggers hold the locks only while the transaction commits.
CREATE TABLE progress_round_agency_version (
    round_id     BIGINT NOT NULL,
    agency_id    BIGINT NOT NULL,
    version      BIGINT NOT NULL,
    sent_version BIGINT NOT NULL,
    PRIMARY KEY (round_id, agency_id)
);

INSERT INTO progress_round_agency_version (round_id, agency_id, version, sent_version)
SELECT DISTINCT round_id, agency_id, 1, 1 FROM progress_entry;

-- Once per pair and transaction for each number: the transaction settings chiso.round_agencies_<round> and
-- chiso.sent_round_agencies_<round> list the agencies done in a round (',12,15,'), one short list per round, so that a
-- transaction writing a whole year's entries does not search one long list for every row.
CREATE FUNCTION progress_entry_touch_round_agency() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE CONSTRAINT TRIGGER progress_entry_round_agency_version AFTER INSERT OR UPDATE OR DELETE ON progress_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_entry_touch_round_agency();
CREATE TRIGGER progress_entry_truncate_round_agency_version AFTER TRUNCATE ON progress_entry
    FOR EACH STATEMENT EXECUTE FUNCTION progress_entry_touch_round_agency();
