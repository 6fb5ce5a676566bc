-- A set with scores attached is locked: it is never edited in place, a new revision is made instead.
ALTER TABLE criteria_set ADD COLUMN locked BOOLEAN NOT NULL DEFAULT FALSE;
