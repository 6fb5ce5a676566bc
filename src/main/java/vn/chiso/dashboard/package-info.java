/**
 * Dashboards: read-only pictures of the work (index standing against targets, PAR INDEX self-assessment, task progress,
 * who is late, what an agency owes) built from the owners' published figures (progress's task status and reporting
 * discipline, catalog's targets, results and criteria, plan's tasks and the criteria they serve, scoring's year table
 * and areas to score). The province's dashboard is a read model: its figures and their HTML are kept by
 * {@link vn.chiso.common.DataVersion} and recomputed at the first request after any change, on every instance. The
 * dashboards read no table of their own or of another feature.
 */
package vn.chiso.dashboard;
