package vn.chiso.plan;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

import vn.chiso.ChiSoApplication;
import vn.chiso.agency.AgencyService;
import vn.chiso.catalog.CatalogLookup;
import vn.chiso.common.DataVersion;
import vn.chiso.common.FigureCache;
import vn.chiso.common.TemplateParts;
import vn.chiso.plan.PlanViews.TaskFilter;
import vn.chiso.schedule.ScheduleKind;

/**
 * The filter form of the task search ({@code plan/task-filter-part}): the plans, the criteria of the year and every
 * agency twice (lead and cooperating), some five hundred options, with the filter's values chosen. It was most of the
 * page's time; it is kept by what it shows: the shared data version (plans, criteria, agencies and groups move it, on
 * any instance), the day (the year's criteria, the agencies' status in the pickers) and the filter.
 */
@Component
class TaskFilterParts {

	static final String FILTER_PART = "plan/task-filter-part";

	/** A form is about 60 KB with 160 agencies: at most some 15 MB. */
	private static final int MAX_FORMS = 256;

	private record FormKey(long version, LocalDate today, TaskFilter filter) implements FigureCache.Versioned {
	}

	private final FigureCache<FormKey, TemplateParts.Part> forms = new FigureCache<>(MAX_FORMS);

	private final TemplateParts parts;

	private final TaskQueries queries;

	private final AgencyService agencies;

	private final CatalogLookup catalog;

	private final DataVersion dataVersion;

	TaskFilterParts(TemplateParts parts, TaskQueries queries, AgencyService agencies, CatalogLookup catalog,
			DataVersion dataVersion) {
		this.parts = parts;
		this.queries = queries;
		this.agencies = agencies;
		this.catalog = catalog;
		this.dataVersion = dataVersion;
	}

	/** The form's HTML for this request. */
	String html(TaskFilter filter, HttpServletRequest request, HttpServletResponse response) {
		LocalDate today = LocalDate.now(java.time.ZoneId.of(ChiSoApplication.TIME_ZONE));
		if (DataVersion.writing()) {
			return this.parts.forRequest(render(filter, today, request, response), request);
		}
		TemplateParts.Part form = this.forms.get(new FormKey(this.dataVersion.shared(), today, filter),
				() -> render(filter, today, request, response));
		return this.parts.forRequest(form, request);
	}

	private TemplateParts.Part render(TaskFilter filter, LocalDate today, HttpServletRequest request,
			HttpServletResponse response) {
		int year = filter.planId() == null ? today.getYear() : this.queries.plan(filter.planId()).firstYear();
		return this.parts.render(FILTER_PART, Map.of("filter", filter, "plans", this.queries.plans(), "indexCodes",
				this.catalog.indexCodes(), "criteria",
				this.catalog.indexCodes().stream().flatMap(code -> this.catalog.criteria(code, year).stream()).toList(),
				"agencies", this.agencies.findAll(), "kinds", ScheduleKind.values()), request, response);
	}

}
