-- An agency's pages (inbox, work to do, badge, its dashboard) count and list its entries by round, task, state,
-- deadline and role. With only (agency_id, round_id) indexed, each of those queries read the agency's ~500 entries
-- from the table, one page each (an entry's texts make rows wide): about 400 pages per query, five queries per
-- inbox. The same key with those columns included answers the counts from the index alone (index-only scans; about
-- ten pages) and the lists read only the rows they show. It replaces the index of V40, whose key it repeats.
CREATE INDEX ix_progress_entry_agency_work ON progress_entry (agency_id, round_id)
    INCLUDE (task_id, state, deadline, role);
DROP INDEX ix_progress_entry_agency;
