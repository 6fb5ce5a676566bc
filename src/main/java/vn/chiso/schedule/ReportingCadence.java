package vn.chiso.schedule;

/**
 * How the tasks of an index are reported. PAR INDEX and SIPAS tasks go with the periodic CCHC reports (Quý I, 6 tháng,
 * Quý III, năm; 9 tháng only where the year's settings say so), PAPI tasks twice a year (6 tháng by 15/6, năm by
 * 15/12: seed plan §IV.2.2), self-assessment monthly (by the 25th: seed plan §IV.3).
 */
public enum ReportingCadence {

	CCHC_REPORTS,
	PAPI_REPORTS,
	MONTHLY_SELF_ASSESSMENT;

	/** @param indexCode the catalog's index code (PAR_INDEX, SIPAS, PAPI) */
	public static ReportingCadence forIndex(String indexCode) {
		return "PAPI".equalsIgnoreCase(indexCode) ? PAPI_REPORTS : CCHC_REPORTS;
	}

	/** The period that closes the year for this cadence: the year report, or December for monthly work. */
	ReportingPeriod closing(int year) {
		return this == MONTHLY_SELF_ASSESSMENT ? ReportingPeriod.month(year, 12) : ReportingPeriod.ofYear(year);
	}

	/** The mid-year period: the 6-month report, or June for monthly work. */
	ReportingPeriod midYear(int year) {
		return this == MONTHLY_SELF_ASSESSMENT ? ReportingPeriod.month(year, 6) : ReportingPeriod.halfYear(year);
	}

}
