/**
 * Dashboards: read-only pictures of the work (index standing against targets, PAR INDEX self-assessment, task progress,
 * who is late, what an agency owes) built from the owners' published figures (progress's task status, catalog's
 * targets and results, scoring's year table) and aggregate SQL. The province's dashboard is a read model: its figures
 * and their HTML are kept by {@link vn.chiso.common.DataVersion} and recomputed at the first request after any change,
 * on every instance. Other features' tables are only read here, never written.
 */
package vn.chiso.dashboard;
