-- One trigger function for the per-agency version numbers that modules keep of their own rows (an agency's progress
-- entries, its evidence): any insert, update or delete of a row gives the row's agency (before and after, when a row
-- moves between agencies) the next number in the module's version table, once per agency and transaction. A module
-- attaches it to its tables with two arguments: its version table (agency_id BIGINT PRIMARY KEY, version BIGINT) and
-- the name of the transaction setting that lists the agencies done, e.g.
--   CREATE CONSTRAINT TRIGGER ... AFTER INSERT OR UPDATE OR DELETE ON t DEFERRABLE INITIALLY DEFERRED
--       FOR EACH ROW EXECUTE FUNCTION touch_agency_version('t_agency_version', 'chiso.t_agencies');
-- (and an AFTER TRUNCATE ... FOR EACH STATEMENT trigger, which moves every agency's number).
--
-- Locks: data_version's row first, and only then an agency's row, as the per-round numbers do (V250): two
-- transactions can never wait for each other's agency rows in opposite orders. Deferred to the commit, the triggers
-- hold the locks only while the transaction commits.
CREATE FUNCTION touch_agency_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    version_table TEXT := TG_ARGV[0];
    setting       TEXT := TG_ARGV[1];
    touched       TEXT;
    aid           BIGINT;
BEGIN
    touched := coalesce(current_setting(setting, true), '');
    IF touched = '' THEN
        PERFORM 1 FROM data_version WHERE id = 1 FOR NO KEY UPDATE;
        touched := ',';
    END IF;
    IF TG_OP = 'TRUNCATE' THEN
        EXECUTE format('UPDATE %I SET version = version + 1', version_table);
        PERFORM set_config(setting, touched, true);
        RETURN NULL;
    END IF;
    FOREACH aid IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.agency_id END,
                                 CASE WHEN TG_OP <> 'DELETE' THEN NEW.agency_id END] LOOP
        IF aid IS NOT NULL AND position(',' || aid || ',' IN touched) = 0 THEN
            EXECUTE format('INSERT INTO %1$I (agency_id, version) VALUES ($1, 1) '
                           'ON CONFLICT (agency_id) DO UPDATE SET version = %1$I.version + 1', version_table)
                USING aid;
            touched := touched || aid || ',';
        END IF;
    END LOOP;
    PERFORM set_config(setting, touched, true);
    RETURN NULL;
END $$;
