-- The catalog's published read model of its criteria: each criterion with its set's year and subject and its index's
-- code and display order. Other modules may read (and join) it in their SQL instead of the catalog's tables, which
-- stay the catalog's to change; nobody writes it.
CREATE VIEW pub_criterion AS
SELECT c.id, c.set_id, c.parent_id, c.code, c.name, c.level, c.display_order, c.max_points,
       s.year, s.subject, d.code AS index_code, d.display_order AS index_order
FROM criterion c
JOIN criteria_set s ON s.id = c.set_id
JOIN index_def d ON d.id = s.index_id;
