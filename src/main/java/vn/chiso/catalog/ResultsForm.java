package vn.chiso.catalog;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The results sheet of one index and year: the overall line first, then one line per component. */
public class ResultsForm {

	@Valid
	private List<ResultRowForm> rows = new ArrayList<>();

	/** How many provinces the index ranks in the year (63 until 2024, 34 from 2025, fewer in some years). */
	@Min(value = 1, message = "{catalog.result.rank.invalid}")
	@Max(value = 1000, message = "{catalog.result.rank.invalid}")
	private Integer rankedProvinces;

	public Integer getRankedProvinces() {
		return this.rankedProvinces;
	}

	public void setRankedProvinces(Integer rankedProvinces) {
		this.rankedProvinces = rankedProvinces;
	}

	public List<ResultRowForm> getRows() {
		return this.rows;
	}

	public void setRows(List<ResultRowForm> rows) {
		this.rows = rows;
	}

}
