package vn.chiso.scoring;

import jakarta.validation.constraints.Size;
import vn.chiso.common.Decimals;

/**
 * A score as typed (text, so that "1,5" and "abc" reach {@link ScoreInput} and get a clear message) with its
 * explanation or comment. Used for the self score and for the appraised score.
 */
public class ScoreForm {

	private String score;

	@Size(max = 2000, message = "{validation.maxLength}")
	private String explanation;

	private long version;

	static ScoreForm of(java.math.BigDecimal score, String explanation, long version) {
		ScoreForm f = new ScoreForm();
		f.score = Decimals.two(score);
		f.explanation = explanation;
		f.version = version;
		return f;
	}

	public String getScore() {
		return this.score;
	}

	public void setScore(String score) {
		this.score = score;
	}

	public String getExplanation() {
		return this.explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
