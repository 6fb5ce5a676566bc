package vn.chiso.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Decimals;

/**
 * What one row of the period screen or of the period workbook carries in: the text as typed (the percentage too, so
 * that "50,5" is read by {@link Decimals} and a refused text is shown back as typed) and the version the row was read
 * with. The same checks apply to both ways in.
 */
public class PeriodRowInput {

	static final int MAX_RESULTS = 20000;

	static final int MAX_NOTES = 10000;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Implementation implementation;

	private String percent;

	private String results;

	private String difficulties;

	private String proposals;

	private Long version;

	/** A refused field: which one, and the message key with its arguments. */
	public record Problem(String field, String key, Object[] args) {
	}

	static PeriodRowInput of(PeriodRow row) {
		PeriodRowInput in = new PeriodRowInput();
		in.implementation = row.implementation();
		in.percent = Decimals.format(row.percentDone());
		in.results = row.results();
		in.difficulties = row.difficulties();
		in.proposals = row.proposals();
		in.version = row.version();
		return in;
	}

	/** The problems of the input, field by field; empty when it can be saved. */
	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		try {
			BigDecimal value = Decimals.parse(this.percent, BigDecimal.ZERO, HUNDRED);
			if (value != null && value.stripTrailingZeros().scale() > 2) {
				problems.add(new Problem("percent", "periodWork.percent.digits", new Object[] { this.percent.strip() }));
			}
		}
		catch (BusinessRuleException ex) {
			problems.add(new Problem("percent", ex.getMessageKey(), ex.getArgs()));
		}
		tooLong(problems, "results", this.results, MAX_RESULTS);
		tooLong(problems, "difficulties", this.difficulties, MAX_NOTES);
		tooLong(problems, "proposals", this.proposals, MAX_NOTES);
		return problems;
	}

	private static void tooLong(List<Problem> problems, String field, String text, int max) {
		if (text != null && text.length() > max) {
			problems.add(new Problem(field, "periodWork.tooLong", new Object[] { max, text.length() }));
		}
	}

	/** The percentage as a number; call only when {@link #problems()} is empty. */
	BigDecimal percentValue() {
		return Decimals.parse(this.percent);
	}

	/** Whether the input says the same as the row (blank and missing text are the same). */
	boolean sameAs(PeriodRow row) {
		return this.implementation == row.implementation() && sameNumber(percentValue(), row.percentDone())
				&& Objects.equals(blankToNull(this.results), blankToNull(row.results()))
				&& Objects.equals(blankToNull(this.difficulties), blankToNull(row.difficulties()))
				&& Objects.equals(blankToNull(this.proposals), blankToNull(row.proposals()));
	}

	/** The entry form the workflow's save takes. */
	EntryForm toEntryForm(long version) {
		EntryForm form = new EntryForm();
		form.setImplementation(this.implementation);
		form.setPercentDone(percentValue());
		form.setResults(blankToNull(this.results));
		form.setDifficulties(blankToNull(this.difficulties));
		form.setProposals(blankToNull(this.proposals));
		form.setVersion(version);
		return form;
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	static String blankToNull(String s) {
		if (s == null) {
			return null;
		}
		String t = s.replace("\r\n", "\n").strip();
		return t.isEmpty() ? null : t;
	}

	public Implementation getImplementation() {
		return this.implementation;
	}

	public void setImplementation(Implementation implementation) {
		this.implementation = implementation;
	}

	public String getPercent() {
		return this.percent;
	}

	public void setPercent(String percent) {
		this.percent = percent;
	}

	public String getResults() {
		return this.results;
	}

	public void setResults(String results) {
		this.results = results;
	}

	public String getDifficulties() {
		return this.difficulties;
	}

	public void setDifficulties(String difficulties) {
		this.difficulties = difficulties;
	}

	public String getProposals() {
		return this.proposals;
	}

	public void setProposals(String proposals) {
		this.proposals = proposals;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
