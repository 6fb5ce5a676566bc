package vn.chiso.schedule;

/** The kinds of reporting period (kỳ báo cáo). Labels: {@code PeriodType.<name>}. Stored by name. */
public enum PeriodType {

	/** Tháng: monthly self-assessment (tự chấm điểm). */
	MONTH,
	/** Quý: the CCHC reports of Quý I and Quý III. */
	QUARTER,
	/** 6 tháng đầu năm. */
	HALF_YEAR,
	/** 9 tháng: reported only where a year's settings ask for it. */
	NINE_MONTHS,
	/** Năm. */
	YEAR

}
