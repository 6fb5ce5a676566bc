package vn.chiso.plan;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.chiso.ChiSoApplication;
import vn.chiso.agency.AgencyService;
import vn.chiso.catalog.CatalogLookup;
import vn.chiso.common.DataVersion;
import vn.chiso.common.FigureCache;
import vn.chiso.common.PageView;
import vn.chiso.common.TemplateParts;
import vn.chiso.plan.PlanViews.TaskFilter;
import vn.chiso.plan.PlanViews.TaskView;
import vn.chiso.schedule.ScheduleKind;

/**
 * The task search kept in two parts, by what each shows:
 * <ul>
 * <li>the filter form ({@code plan/task-filter-part}): the plans, the criteria of the year and every agency twice (lead
 * and cooperating), some five hundred options, with the filter's values chosen; kept by the shared data version
 * (plans, criteria, agencies and groups move it, on any instance), the day (the year's criteria, the agencies' status
 * in the pickers) and the filter;</li>
 * <li>the results ({@code plan/task-results-part}: count, pager and a page of tasks with their agencies, timing and
 * criteria), also the htmx answer; kept by the shared data version (tasks move it too) and the request's query, which
 * gives the filter, the page and the pager's links.</li>
 * </ul>
 * Inside a writing transaction both are rendered afresh.
 */
@Component
class TaskSearchParts {

	static final String FILTER_PART = "plan/task-filter-part";

	static final String RESULTS_PART = "plan/task-results-part";

	/** A form is about 60 KB with 160 agencies, a page of results about as much: at most some 30 MB. */
	private static final int MAX_PARTS = 256;

	private record FormKey(long version, LocalDate today, TaskFilter filter) implements FigureCache.Versioned {
	}

	private record ResultsKey(long version, TaskFilter filter, PageView.Paging paging, String path,
			@Nullable String query) implements FigureCache.Versioned {
	}

	private final FigureCache<FormKey, TemplateParts.Part> forms = new FigureCache<>(MAX_PARTS);

	private final FigureCache<ResultsKey, TemplateParts.Part> results = new FigureCache<>(MAX_PARTS);

	private final TemplateParts parts;

	private final TaskQueries queries;

	private final AgencyService agencies;

	private final CatalogLookup catalog;

	private final DataVersion dataVersion;

	TaskSearchParts(TemplateParts parts, TaskQueries queries, AgencyService agencies, CatalogLookup catalog,
			DataVersion dataVersion) {
		this.parts = parts;
		this.queries = queries;
		this.agencies = agencies;
		this.catalog = catalog;
		this.dataVersion = dataVersion;
	}

	/** The filter form's HTML for this request. */
	String filterForm(TaskFilter filter, HttpServletRequest request, HttpServletResponse response) {
		LocalDate today = LocalDate.now(java.time.ZoneId.of(ChiSoApplication.TIME_ZONE));
		TemplateParts.Part form = DataVersion.writing() ? renderForm(filter, today, request, response)
				: this.forms.get(new FormKey(this.dataVersion.shared(), today, filter),
						() -> renderForm(filter, today, request, response));
		return this.parts.forRequest(form, request);
	}

	/** The results' HTML for this request: the page of tasks the filter finds. */
	String results(TaskFilter filter, PageView.Paging paging, HttpServletRequest request,
			HttpServletResponse response) {
		TemplateParts.Part found = DataVersion.writing() ? renderResults(filter, paging, request, response)
				: this.results.get(new ResultsKey(this.dataVersion.shared(), filter, paging, request.getRequestURI(),
						request.getQueryString()), () -> renderResults(filter, paging, request, response));
		return this.parts.forRequest(found, request);
	}

	private TemplateParts.Part renderForm(TaskFilter filter, LocalDate today, HttpServletRequest request,
			HttpServletResponse response) {
		int year = filter.planId() == null ? today.getYear() : this.queries.plan(filter.planId()).firstYear();
		return this.parts.render(FILTER_PART, Map.of("filter", filter, "plans", this.queries.plans(), "indexCodes",
				this.catalog.indexCodes(), "criteria",
				this.catalog.indexCodes().stream().flatMap(code -> this.catalog.criteria(code, year).stream()).toList(),
				"agencies", this.agencies.findAll(), "kinds", ScheduleKind.values()), request, response);
	}

	private TemplateParts.Part renderResults(TaskFilter filter, PageView.Paging paging, HttpServletRequest request,
			HttpServletResponse response) {
		PageView<TaskView> page = PageView.of(this.queries.search(filter, paging), paging, request);
		return this.parts.render(RESULTS_PART, Map.of("page", page, "tasks", page.items()), request, response);
	}

}
