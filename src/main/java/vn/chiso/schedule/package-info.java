/**
 * Time in plans and reporting: the timing phrases of plans ("Thường xuyên", "Quý III, IV hằng năm", "Tháng 7/2024 –
 * Tháng 12/2024") parsed into {@link vn.chiso.schedule.Schedule}s ({@link vn.chiso.schedule.TimingParser}, stored with
 * {@link vn.chiso.schedule.ScheduleJson}), reporting periods (month, quarter, 6 and 9 months, year) with their cut-off
 * windows and deadlines set per year ({@link vn.chiso.schedule.ReportingPeriodService}), working days and holidays
 * ({@link vn.chiso.schedule.WorkingCalendar}), and which periods a schedule is due in
 * ({@link vn.chiso.schedule.DueCalculator}). Other features use those public classes and records only.
 */
package vn.chiso.schedule;
