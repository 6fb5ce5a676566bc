package vn.chiso.catalog;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

/** The results sheet of one index and year: the overall line first, then one line per component. */
public class ResultsForm {

	@Valid
	private List<ResultRowForm> rows = new ArrayList<>();

	public List<ResultRowForm> getRows() {
		return this.rows;
	}

	public void setRows(List<ResultRowForm> rows) {
		this.rows = rows;
	}

}
