package vn.chiso.schedule;

/** How a task's timing was understood. Labels: {@code ScheduleKind.<name>}. Stored by name: never rename a constant. */
public enum ScheduleKind {

	/** Thường xuyên: all the time, reported every period. */
	CONTINUOUS,
	/** Hằng tháng. */
	MONTHLY,
	/** Hằng quý. */
	QUARTERLY,
	/** 6 tháng / hai lần mỗi năm. */
	HALF_YEARLY,
	/** Hằng năm. */
	YEARLY,
	/** In named quarters every year: "Quý III, IV hằng năm", or in named quarters of named years: "Quý I/2025". */
	NAMED_QUARTERS,
	/** Within a window: "Tháng 7/2024" → "Tháng 12/2024". */
	WINDOW,
	/** By a deadline date or month. */
	DEADLINE,
	/** For the plan's years: "Năm 2024 và năm 2025". */
	PLAN_YEARS,
	/** When it happens: "khi phát sinh", "định kỳ, đột xuất", "Khi thực hiện quy trình tuyển dụng". */
	ON_OCCURRENCE,
	/** Reported together with the periodic CCHC reports (quý, 6 tháng, năm). */
	WITH_PERIODIC_REPORTS,
	/** In named months every year: "Tháng 12 hằng năm". */
	NAMED_MONTHS,
	/** By a day and month every year: "Trước ngày 15/6 hằng năm". */
	ANNUAL_DEADLINE,
	/** Urgent, no date: "Khẩn trương", "Ngay", "Kịp thời": as soon as possible, due with the next report. */
	AS_SOON_AS_POSSIBLE,
	/** Several cadences listed: "Hằng tháng, quý" (see {@link Schedule#cadences()}). */
	CADENCES,
	/** Timed by another body's plan or document ("Theo kế hoạch của Bộ Nội vụ"), reported with the index's cadence. */
	DEFERRED,
	/** Not understood: shown to the user as needing attention, never guessed. */
	UNKNOWN

}
