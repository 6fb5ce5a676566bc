package vn.chiso.schedule;

/**
 * A year's reporting rules as they apply.
 *
 * @param agencyLeadWorkingDays how many working days before the province's deadline agencies report to Sở Nội vụ
 * @param nineMonthsReported whether the CCHC cadence has a 9-month report this year
 * @param selfAssessmentDay the day of the month departments self-score by (25)
 * @param consolidationDay the day of the month Sở Nội vụ consolidates by (30)
 * @param version the settings row's version, null while the year uses the defaults
 */
public record YearSettings(int year, int agencyLeadWorkingDays, boolean nineMonthsReported, int selfAssessmentDay,
		int consolidationDay, Long version, Long monthlyVersion) {

	public boolean customised() {
		return this.version != null;
	}

	public boolean monthlyCustomised() {
		return this.monthlyVersion != null;
	}

}
