/**
 * Plans (Kế hoạch) and their tasks (nhiệm vụ) exactly as issued: appendices and sections in document order, lead and
 * cooperating agencies as written and as resolved, timing, criteria served; the Excel template and import; finding any
 * task. Other features read it through {@link vn.chiso.plan.TaskQueries} and match agency names with
 * {@link vn.chiso.plan.AgencyNameMatcher}.
 *
 * <p>Published views (read models other modules may join in SQL, never write; migration
 * {@code plan/V210__publish_plan_and_task.sql}), one table each, rows never filtered:
 * <ul>
 * <li>{@code pub_plan(id, code, title, deleted)}: a plan as others name it and whether it was deleted;</li>
 * <li>{@code pub_task(id, plan_id, number, content, lead_text, cooperating_text, timing_text, schedule_json,
 * display_order, deleted)}: a task as others show, search and order it, and whether it was deleted.</li>
 * </ul>
 * These column lists are plan's contract: adding a column is free, renaming or dropping one is a change of the
 * readers (progress).
 */
package vn.chiso.plan;
