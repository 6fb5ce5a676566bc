/**
 * Progress reporting (báo cáo tiến độ): reporting rounds per period, the entries every agency owes on its tasks, their
 * workflow from draft through the head's approval to Sở Nội vụ's review, reminders and reporting discipline figures.
 * Other features read {@link vn.chiso.progress.ProgressQueries}.
 */
package vn.chiso.progress;
