package vn.chiso.plan;

import java.time.LocalDate;

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

import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/** Plan list, plan page (appendices and sections in document order with their tasks), plan header editing. */
@Controller
@RequestMapping("/plans")
class PlanController {

	private final TaskQueries queries;

	private final PlanService plans;

	private final AccessPolicy access;

	PlanController(TaskQueries queries, PlanService plans, AccessPolicy access) {
		this.queries = queries;
		this.plans = plans;
		this.access = access;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("plans", this.queries.plans());
		model.addAttribute("canManage", this.access.canManagePlans(user));
		return "plan/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		PlanViews.PlanSummary plan = this.queries.plan(id);
		model.addAttribute("plan", plan);
		model.addAttribute("sections", this.queries.sections(id));
		model.addAttribute("tasksBySection", this.queries.tasksOfPlan(id)
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(PlanViews.TaskView::sectionId)));
		model.addAttribute("referenceDate", plan.referenceDate(LocalDate.now()));
		model.addAttribute("canManage", this.access.canManagePlans(user));
		return "plan/show";
	}

	@GetMapping("/new")
	String showCreateForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		this.access.checkManagePlans(user);
		PlanForm form = new PlanForm();
		form.setFirstYear(LocalDate.now().getYear());
		form.setLastYear(LocalDate.now().getYear());
		model.addAttribute("planForm", form);
		return editView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("planForm") PlanForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.access.checkManagePlans(user);
		if (result.hasErrors()) {
			return editView(model, null);
		}
		try {
			long id = this.plans.createPlan(user, form);
			Flash.success(redirect, "plan.created", form.getCode());
			return "redirect:/plans/" + id;
		}
		catch (BusinessRuleException ex) {
			reject(result, ex);
			return editView(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		this.access.checkManagePlans(user);
		model.addAttribute("planForm", PlanForm.from(this.queries.plan(id)));
		return editView(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.access.checkManagePlans(user);
		if (result.hasErrors()) {
			return editView(model, id);
		}
		try {
			this.plans.updatePlan(user, id, form);
			Flash.success(redirect, "plan.updated", form.getCode());
			return "redirect:/plans/" + id;
		}
		catch (BusinessRuleException ex) {
			reject(result, ex);
			return editView(model, id);
		}
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable Long id, @RequestParam PlanStatus status, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.plans.changeStatus(user, id, status, version);
		Flash.success(redirect, "plan.statusChanged", this.queries.plan(id).code(), status.name());
		return "redirect:/plans/" + id;
	}

	/** Deletes a draft plan (soft); a plan in force or with reports is archived with the status form instead. */
	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		String code = this.queries.plan(id).code();
		try {
			this.plans.deletePlan(user, id, version);
			Flash.success(redirect, "plan.deleted", code);
			return "redirect:/plans";
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
			return "redirect:/plans/" + id;
		}
	}

	@PostMapping("/{id}/sections")
	String addSection(@PathVariable Long id, @RequestParam(required = false) Long parentId,
			@RequestParam String label, @RequestParam String title, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			this.plans.addSection(user, id, parentId, label, title);
			Flash.success(redirect, "plan.section.added", label);
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/plans/" + id + "/edit";
	}

	private String editView(Model model, Long id) {
		model.addAttribute("planId", id);
		model.addAttribute("otherPlans", this.queries.plans().stream().filter(p -> !p.id().equals(id)).toList());
		if (id != null) {
			model.addAttribute("sections", this.queries.sections(id));
		}
		return "plan/edit";
	}

	private static void reject(BindingResult result, BusinessRuleException ex) {
		switch (ex.getMessageKey()) {
			case "plan.code.taken" -> result.rejectValue("code", ex.getMessageKey());
			case "plan.years.invalid" -> result.rejectValue("lastYear", ex.getMessageKey());
			default -> result.reject(ex.getMessageKey(), ex.getArgs(), null);
		}
	}

}
