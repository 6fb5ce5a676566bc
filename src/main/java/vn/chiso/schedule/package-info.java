/**
 * Time in plans and reporting: the timing phrases of plans ("Thường xuyên", "Quý III, IV hằng năm", "Tháng 7/2024 –
 * Tháng 12/2024") parsed into {@link vn.chiso.schedule.Schedule}s, reporting periods (month, quarter, 6 and 9 months,
 * year) with their cut-off windows and deadlines, working days and holidays, and which periods a schedule is due in.
 */
package vn.chiso.schedule;
