/**
 * Plans (Kế hoạch) and their tasks (nhiệm vụ) exactly as issued: appendices and sections in document order, lead and
 * cooperating agencies as written and as resolved, timing, criteria served; the Excel template and import; finding any
 * task. Other features read it through {@link vn.chiso.plan.TaskQueries} and match agency names with
 * {@link vn.chiso.plan.AgencyNameMatcher}.
 */
package vn.chiso.plan;
