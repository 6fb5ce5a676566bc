package vn.chiso.plan;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.agency.AgencyService;
import vn.chiso.catalog.CatalogLookup;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
import vn.chiso.common.PageView;
import vn.chiso.plan.PlanViews.TaskFilter;
import vn.chiso.plan.PlanViews.TaskView;
import vn.chiso.schedule.ScheduleKind;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/** Finding tasks (filters and accent-insensitive search, htmx-refreshed), the task page, task editing. */
@Controller
@RequestMapping("/plans")
class TaskController {

	private final TaskQueries queries;

	private final PlanService plans;

	private final AgencyService agencies;

	private final CatalogLookup catalog;

	private final AccessPolicy access;

	private final TaskSearchParts searchParts;

	TaskController(TaskQueries queries, PlanService plans, AgencyService agencies, CatalogLookup catalog,
			AccessPolicy access, TaskSearchParts searchParts) {
		this.queries = queries;
		this.plans = plans;
		this.agencies = agencies;
		this.catalog = catalog;
		this.access = access;
		this.searchParts = searchParts;
	}

	@GetMapping("/tasks")
	String list(@RequestParam(required = false) Long plan, @RequestParam(required = false) String index,
			@RequestParam(required = false) Long criterion, @RequestParam(required = false) Long lead,
			@RequestParam(required = false) Long cooperating, @RequestParam(required = false) ScheduleKind kind,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "document") String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		TaskFilter filter = new TaskFilter(plan, index, criterion, lead, cooperating, kind, q, "agency".equals(sort));
		model.addAttribute("resultsPartHtml",
				this.searchParts.results(filter, PageView.Paging.of(page, size), request, response));
		if ("true".equals(request.getHeader("HX-Request"))) {
			return "plan/task-results";
		}
		model.addAttribute("filterPartHtml", this.searchParts.filterForm(filter, request, response));
		return "plan/tasks";
	}

	@GetMapping("/tasks/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		TaskView task = this.queries.task(id);
		PlanViews.PlanSummary plan = this.queries.plan(task.planId());
		LocalDate date = plan.referenceDate(LocalDate.now());
		model.addAttribute("task", task);
		model.addAttribute("plan", plan);
		model.addAttribute("agenciesAt", this.queries.agenciesAt(task, date));
		model.addAttribute("canManage", this.access.canManagePlans(user));
		return "plan/task";
	}

	@GetMapping("/my-tasks")
	String myTasks(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long agency,
			Model model) {
		Long agencyId = agency != null && user.seesAllAgencies() ? agency : user.agencyId();
		model.addAttribute("agencyId", agencyId);
		if (agencyId != null) {
			model.addAttribute("agency", this.agencies.get(agencyId));
			model.addAttribute("leadTasks", this.queries.tasksOfAgency(agencyId, "LEAD"));
			model.addAttribute("cooperatingTasks", this.queries.tasksOfAgency(agencyId, "COOPERATING"));
		}
		if (user.seesAllAgencies()) {
			model.addAttribute("agencies", this.agencies.findAll());
		}
		return "plan/my-tasks";
	}

	@GetMapping("/{planId}/tasks/new")
	String showCreateForm(@PathVariable Long planId, @RequestParam(required = false) Long section,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		this.access.checkManagePlans(user);
		TaskForm form = new TaskForm();
		form.setSectionId(section);
		model.addAttribute("taskForm", form);
		return editView(model, planId, null);
	}

	@PostMapping("/{planId}/tasks/new")
	String create(@PathVariable Long planId, @Valid @ModelAttribute("taskForm") TaskForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.access.checkManagePlans(user);
		if (result.hasErrors()) {
			return editView(model, planId, null);
		}
		try {
			long id = this.plans.createTask(user, planId, form);
			Flash.success(redirect, "task.created", form.getNumber() == null ? "" : form.getNumber());
			return "redirect:/plans/tasks/" + id;
		}
		catch (BusinessRuleException ex) {
			reject(result, ex);
			return editView(model, planId, null);
		}
	}

	@GetMapping("/tasks/{id}/edit")
	String showEditForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		this.access.checkManagePlans(user);
		TaskView task = this.queries.task(id);
		model.addAttribute("taskForm", TaskForm.from(task));
		return editView(model, task.planId(), id);
	}

	@PostMapping("/tasks/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("taskForm") TaskForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.access.checkManagePlans(user);
		Long planId = this.queries.task(id).planId();
		if (result.hasErrors()) {
			return editView(model, planId, id);
		}
		try {
			this.plans.updateTask(user, id, form);
			Flash.success(redirect, "task.updated", form.getNumber() == null ? "" : form.getNumber());
			return "redirect:/plans/tasks/" + id;
		}
		catch (BusinessRuleException ex) {
			reject(result, ex);
			return editView(model, planId, id);
		}
	}

	@PostMapping("/tasks/{id}/delete")
	String delete(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		TaskView task = this.queries.task(id);
		this.plans.deleteTask(user, id, version);
		Flash.success(redirect, "task.deleted", task.number());
		return "redirect:/plans/" + task.planId();
	}

	private String editView(Model model, Long planId, Long taskId) {
		model.addAttribute("plan", this.queries.plan(planId));
		model.addAttribute("sections", this.queries.sections(planId));
		model.addAttribute("taskId", taskId);
		return "plan/task-edit";
	}

	private static void reject(BindingResult result, BusinessRuleException ex) {
		switch (ex.getMessageKey()) {
			case "task.unknownAgency" -> result.reject(ex.getMessageKey(), ex.getArgs(), null);
			case "task.unknownCriterion" -> result.rejectValue("criteriaCodes", ex.getMessageKey(), ex.getArgs(), null);
			case "plan.section.parent" -> result.rejectValue("sectionId", ex.getMessageKey());
			default -> result.reject(ex.getMessageKey(), ex.getArgs(), null);
		}
	}

}
