package vn.chiso.agency;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Administrators list, create and edit agency groups and see who belongs to a group on a date. */
@Controller
@RequestMapping("/admin/agency-groups")
class AgencyGroupController {

	private static final String EDIT_VIEW = "agency/group-edit";

	private final AgencyGroupService groups;

	private final AgencyService agencies;

	AgencyGroupController(AgencyGroupService groups, AgencyService agencies) {
		this.groups = groups;
		this.agencies = agencies;
	}

	@ModelAttribute("kinds")
	AgencyKind[] kinds() {
		return AgencyKind.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("groups", this.agencies.groups());
		return "agency/groups";
	}

	/** The group with its members on the date (today unless given): the preview before a plan assigns to it. */
	@GetMapping("/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate date,
			Model model) {
		AgencyGroupDetail group = this.groups.get(id);
		LocalDate on = date == null ? LocalDate.now() : date;
		model.addAttribute("group", group);
		model.addAttribute("date", on);
		model.addAttribute("members", this.agencies.resolveGroup(group.code(), on));
		return "agency/group-detail";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("groupForm", new AgencyGroupForm());
		return editView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("groupForm") AgencyGroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return editView(model, null);
		}
		try {
			AgencyGroupDetail created = this.groups.create(form);
			Flash.success(redirect, "agency.group.created", created.name());
			return "redirect:/admin/agency-groups/" + created.id();
		}
		catch (BusinessRuleException ex) {
			rejectRule(result, ex);
			return editView(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable Long id, Model model) {
		model.addAttribute("groupForm", AgencyGroupForm.from(this.groups.get(id)));
		return editView(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("groupForm") AgencyGroupForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return editView(model, id);
		}
		try {
			AgencyGroupDetail updated = this.groups.update(id, form);
			Flash.success(redirect, "agency.group.updated", updated.name());
			return "redirect:/admin/agency-groups/" + id;
		}
		catch (BusinessRuleException ex) {
			rejectRule(result, ex);
			return editView(model, id);
		}
	}

	private String editView(Model model, Long id) {
		model.addAttribute("groupId", id);
		model.addAttribute("allAgencies", this.agencies.findAll());
		return EDIT_VIEW;
	}

	private static void rejectRule(BindingResult result, BusinessRuleException ex) {
		if ("agency.group.code.taken".equals(ex.getMessageKey())) {
			result.rejectValue("code", ex.getMessageKey());
		}
		else {
			result.reject(ex.getMessageKey(), ex.getArgs(), null);
		}
	}

}
