package vn.chiso.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A scoring round as the views and other features see it. */
public record ScoringRoundView(Long id, long setId, String setName, int year, int month, ScoringRoundStatus status,
		LocalDate agencyDeadline, LocalDate consolidationDeadline, BigDecimal surveyEstimate,
		BigDecimal targetBenchmark, long version) {

	/** "08/2024". */
	public String label() {
		return String.format("%02d/%d", this.month, this.year);
	}

	public boolean open() {
		return this.status == ScoringRoundStatus.OPEN;
	}

}
