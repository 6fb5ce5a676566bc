-- Changes to the holidays move data_version (V160): pages that count working days to a deadline (the inbox, the
-- review screen of a round) are kept by that number, and the working calendar itself is kept by it.
CREATE CONSTRAINT TRIGGER holiday_data_version AFTER INSERT OR UPDATE OR DELETE ON holiday
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch_data_version();
CREATE TRIGGER holiday_truncate_data_version AFTER TRUNCATE ON holiday
    FOR EACH STATEMENT EXECUTE FUNCTION touch_data_version();
