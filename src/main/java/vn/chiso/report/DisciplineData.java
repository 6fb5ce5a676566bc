package vn.chiso.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Report 3: reporting discipline (tình hình báo cáo) of every agency, per reporting round.
 *
 * @param rounds the year's rounds in period order, each with one row per agency that owed reports
 */
public record DisciplineData(int year, List<Round> rounds) {

	/** A round: its period label, the agencies' deadline and one row per agency. */
	public record Round(String label, LocalDate deadline, List<AgencyRow> agencies) {

	}

	/**
	 * @param owed progress entries the agency owed in the round (including those not yet due)
	 * @param onTime first sent by the deadline and not marked late
	 * @param late first sent after the deadline, or marked late
	 * @param missing not sent, the deadline passed
	 */
	public record AgencyRow(long agencyId, String agencyName, int owed, int onTime, int late, int missing) {

	}

}
