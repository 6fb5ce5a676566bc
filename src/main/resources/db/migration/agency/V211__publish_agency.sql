-- Agency's published read model (TableOwnershipTests): other modules join this view, never the table, when one query
-- must show or order their rows by agency name. It selects from one table only, without aggregates, so PostgreSQL
-- inlines it into the reader's query. The column list is agency's contract: adding a column is fine, renaming or
-- dropping one breaks the readers (progress). Anything else about agencies (history, successors, groups, kinds) is
-- read through AgencyService.

-- pub_agency: an agency as other modules name it.
--   id    the agency's id (progress_entry.agency_id, scoring_area.agency_id ...)
--   name  its full name as pages show and order it ("Sở Tư pháp")
CREATE VIEW pub_agency AS
SELECT id, name
FROM agency;

COMMENT ON VIEW pub_agency IS
    'Published by agency: an agency as other modules name it (id, full name). Read-only.';
