/**
 * Monthly PAR INDEX self-assessment (tự chấm điểm): scoring rounds per month of the year's criteria set, agencies'
 * self scores with evidence, Sở Nội vụ's appraisal (thẩm định) and consolidation, lost points and the projected index.
 * Other features read results through {@link vn.chiso.scoring.ScorecardService}.
 */
package vn.chiso.scoring;
