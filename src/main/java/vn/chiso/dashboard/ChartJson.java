package vn.chiso.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The data of one chart as JSON for a {@code data-chart} attribute, drawn by static/js/dashboard.js: labels, datasets
 * (each with a {@code style} the script maps to a colour, a pattern and a marker) and one link per label.
 */
final class ChartJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Object> chart = new LinkedHashMap<>();

	private final List<Map<String, Object>> datasets = new ArrayList<>();

	private ChartJson(String type, List<String> labels, List<String> links) {
		this.chart.put("type", type);
		this.chart.put("labels", labels);
		this.chart.put("links", links);
		this.chart.put("datasets", this.datasets);
	}

	/** {@code type}: bar, hbar, stacked (horizontal stacked bars) or line. */
	static ChartJson of(String type, List<String> labels, List<String> links) {
		return new ChartJson(type, labels, links);
	}

	ChartJson dataset(String label, String style, List<? extends Number> data) {
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("label", label);
		set.put("style", style);
		set.put("data", data);
		this.datasets.add(set);
		return this;
	}

	/**
	 * A dataset drawn against the second value axis (on the right): for a figure in another unit than the first
	 * datasets (a percentage beside points), so that the two are never read on one scale.
	 */
	ChartJson secondAxisDataset(String label, String style, List<? extends Number> data) {
		dataset(label, style, data);
		this.datasets.get(this.datasets.size() - 1).put("axis", "y1");
		return this;
	}

	ChartJson option(String key, Object value) {
		this.chart.put(key, value);
		return this;
	}

	String json() {
		return JSON.writeValueAsString(this.chart);
	}

}
