-- User's published read model (TableOwnershipTests): other modules join this view, never the table, to name the
-- people who acted on their rows (approved by, updated by, uploaded by) and to check that a head still heads an
-- agency. It selects from one table only, without aggregates, so PostgreSQL inlines it into the reader's query. The
-- column list is user's contract: adding a column is fine, renaming or dropping one breaks the readers (progress,
-- evidence). Sign-in data (username, e-mail, password, sign-in times) is not published.

-- pub_user: a user account as other modules name and check it.
--   id         the account's id (progress_entry.updated_by, evidence_file.uploaded_by ...)
--   full_name  the person's name as pages show it
--   role       the account's role (security's Role names: LANH_DAO_DON_VI ...)
--   agency_id  the agency the account belongs to (null for accounts of no agency: administrators, provincial leadership)
--   enabled    false once the account was disabled
CREATE VIEW pub_user AS
SELECT id, full_name, role, agency_id, enabled
FROM app_user;

COMMENT ON VIEW pub_user IS
    'Published by user: an account as other modules name and check it (id, full name, role, agency, enabled); '
    'no sign-in data. Read-only.';
