package vn.chiso.progress;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/** The entry page's form; {@code version} is the one the page was read with (optimistic locking). */
public class EntryForm {

	private Implementation implementation;

	@DecimalMin(value = "0", message = "{progress.percent.range}")
	@DecimalMax(value = "100", message = "{progress.percent.range}")
	@Digits(integer = 3, fraction = 2, message = "{progress.percent.digits}")
	private BigDecimal percentDone;

	@Size(max = 20000, message = "{validation.maxLength}")
	private String results;

	@Size(max = 10000, message = "{validation.maxLength}")
	private String difficulties;

	@Size(max = 10000, message = "{validation.maxLength}")
	private String proposals;

	private long version;

	static EntryForm from(EntryDetail e) {
		EntryForm f = new EntryForm();
		f.implementation = e.implementation();
		f.percentDone = e.percentDone();
		f.results = e.results();
		f.difficulties = e.difficulties();
		f.proposals = e.proposals();
		f.version = e.version();
		return f;
	}

	public Implementation getImplementation() {
		return this.implementation;
	}

	public void setImplementation(Implementation implementation) {
		this.implementation = implementation;
	}

	public BigDecimal getPercentDone() {
		return this.percentDone;
	}

	public void setPercentDone(BigDecimal percentDone) {
		this.percentDone = percentDone;
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
