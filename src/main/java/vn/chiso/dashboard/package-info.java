/**
 * Dashboards: read-only pictures of the work (index standing against targets, PAR INDEX self-assessment, task progress,
 * who is late, what an agency owes) computed by aggregate SQL over the catalog, plan, progress and scoring tables.
 * Other features' tables are only read here, never written.
 */
package vn.chiso.dashboard;
