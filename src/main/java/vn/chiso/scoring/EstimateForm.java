package vn.chiso.scoring;

import vn.chiso.common.Decimals;

/** The survey estimate (points) and the target benchmark (percent) as typed, decimal comma accepted. */
public class EstimateForm {

	private String surveyEstimate;

	private String targetBenchmark;

	private long version;

	static EstimateForm of(ScoringRoundView round) {
		EstimateForm f = new EstimateForm();
		f.surveyEstimate = Decimals.format(round.surveyEstimate());
		f.targetBenchmark = Decimals.format(round.targetBenchmark());
		f.version = round.version();
		return f;
	}

	public String getSurveyEstimate() {
		return this.surveyEstimate;
	}

	public void setSurveyEstimate(String surveyEstimate) {
		this.surveyEstimate = surveyEstimate;
	}

	public String getTargetBenchmark() {
		return this.targetBenchmark;
	}

	public void setTargetBenchmark(String targetBenchmark) {
		this.targetBenchmark = targetBenchmark;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
