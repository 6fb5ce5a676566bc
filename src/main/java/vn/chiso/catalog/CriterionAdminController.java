package vn.chiso.catalog;

import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
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
import vn.chiso.agency.AgencyView;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;

/** Administrators edit a set's tree node by node: add a child, edit, move up or down, delete a leaf. */
@Controller
@RequestMapping("/admin/catalog")
class CriterionAdminController {

	private static final String FORM_VIEW = "catalog/criterion-form";

	private final CatalogService catalog;

	private final AgencyService agencies;

	CriterionAdminController(CatalogService catalog, AgencyService agencies) {
		this.catalog = catalog;
		this.agencies = agencies;
	}

	@ModelAttribute("methods")
	AssessmentMethod[] methods() {
		return AssessmentMethod.values();
	}

	@GetMapping("/sets/{setId}/criteria/new")
	String showCreateForm(@PathVariable Long setId, @RequestParam(required = false) Long parentId, Model model,
			RedirectAttributes redirect) {
		SetSummary set = this.catalog.getSet(setId);
		if (set.locked()) {
			Flash.error(redirect, "catalog.set.locked", set.name());
			return setPage(setId);
		}
		CriterionForm form = new CriterionForm();
		form.setParentId(parentId);
		CriterionRow parent = parentId == null ? null : this.catalog.getCriterion(parentId);
		form.setCode(this.catalog.nextChildCode(setId, parentId));
		if (parent != null) {
			form.setResponsibleAgencyId(parent.agencyId());
			form.setAssessmentMethod(parent.method());
		}
		model.addAttribute("criterionForm", form);
		return formView(model, set, null, parent);
	}

	@PostMapping("/sets/{setId}/criteria/new")
	String create(@PathVariable Long setId, @Valid @ModelAttribute("criterionForm") CriterionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		SetSummary set = this.catalog.getSet(setId);
		CriterionRow parent = form.getParentId() == null ? null : this.catalog.getCriterion(form.getParentId());
		if (result.hasErrors()) {
			return formView(model, set, null, parent);
		}
		try {
			CriterionRow created = this.catalog.addCriterion(setId, form);
			Flash.success(redirect, "catalog.criterion.created", created.code());
			return setPage(setId);
		}
		catch (BusinessRuleException ex) {
			if ("catalog.set.locked".equals(ex.getMessageKey())) {
				Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
				return setPage(setId);
			}
			rejectRule(result, ex);
			return formView(model, set, null, parent);
		}
	}

	@GetMapping("/criteria/{id}/edit")
	String showEditForm(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		CriterionRow row = this.catalog.getCriterion(id);
		SetSummary set = setOf(row);
		if (set.locked()) {
			Flash.error(redirect, "catalog.set.locked", set.name());
			return setPage(set.id());
		}
		model.addAttribute("criterionForm", CriterionForm.from(row));
		return formView(model, set, row, null);
	}

	@PostMapping("/criteria/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("criterionForm") CriterionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CriterionRow row = this.catalog.getCriterion(id);
		SetSummary set = setOf(row);
		if (result.hasErrors()) {
			return formView(model, set, row, null);
		}
		try {
			CriterionRow updated = this.catalog.updateCriterion(id, form);
			Flash.success(redirect, "catalog.criterion.updated", updated.code());
			return setPage(set.id());
		}
		catch (BusinessRuleException ex) {
			if ("catalog.set.locked".equals(ex.getMessageKey())) {
				Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
				return setPage(set.id());
			}
			rejectRule(result, ex);
			return formView(model, set, row, null);
		}
	}

	@PostMapping("/criteria/{id}/move")
	String move(@PathVariable Long id, @RequestParam boolean up, RedirectAttributes redirect) {
		Long setId = setOf(this.catalog.getCriterion(id)).id();
		try {
			this.catalog.moveCriterion(id, up);
			Flash.success(redirect, "catalog.criterion.moved");
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return setPage(setId);
	}

	@PostMapping("/criteria/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		Long setId = setOf(this.catalog.getCriterion(id)).id();
		try {
			this.catalog.deleteCriterion(id);
			Flash.success(redirect, "catalog.criterion.deleted");
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		catch (DataIntegrityViolationException ex) {
			Flash.error(redirect, "catalog.criterion.inUse");
		}
		return setPage(setId);
	}

	private SetSummary setOf(CriterionRow row) {
		return this.catalog.getSet(this.catalog.setIdOf(row.id()));
	}

	private String formView(Model model, SetSummary set, CriterionRow row, CriterionRow parent) {
		model.addAttribute("set", set);
		model.addAttribute("criterion", row);
		model.addAttribute("parent", parent);
		model.addAttribute("agencies", this.agencies.findAll().stream().filter(AgencyView::current).toList());
		return FORM_VIEW;
	}

	private static String setPage(Long setId) {
		return "redirect:/admin/catalog/sets/" + setId;
	}

	private static void rejectRule(BindingResult result, BusinessRuleException ex) {
		String key = ex.getMessageKey();
		if (key.startsWith("catalog.criterion.code") || key.equals("catalog.criterion.level.tooDeep")) {
			result.rejectValue("code", key, ex.getArgs(), null);
		}
		else if (key.equals("catalog.criterion.scoreStep.positive")) {
			result.rejectValue("scoreStep", key);
		}
		else {
			result.reject(key, ex.getArgs(), null);
		}
	}

}
