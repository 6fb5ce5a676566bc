-- The actor's full name at the time of the event, so that histories show people ("Nguyễn Văn A"), not account names.
-- Older events keep only the account name (actor), which pages show instead.
ALTER TABLE audit_event ADD COLUMN actor_name VARCHAR(200);
