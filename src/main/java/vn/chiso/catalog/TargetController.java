package vn.chiso.catalog;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** Sở Nội vụ and administrators keep the targets (mục tiêu) of each year; the results page shows and evaluates them. */
@Controller
@RequestMapping("/catalog/targets")
@PreAuthorize("hasAnyRole('QUAN_TRI','SO_NOI_VU')")
class TargetController {

	private static final String FORM_VIEW = "catalog/target-form";

	private final ResultService results;

	private final CatalogService catalog;

	TargetController(ResultService results, CatalogService catalog) {
		this.results = results;
		this.catalog = catalog;
	}

	@ModelAttribute("kinds")
	TargetKind[] kinds() {
		return TargetKind.values();
	}

	@ModelAttribute("groups")
	PapiGroup[] groups() {
		return PapiGroup.values();
	}

	@ModelAttribute("indices")
	java.util.List<IndexView> indices() {
		return this.catalog.indices();
	}

	@GetMapping("/new")
	String showCreateForm(@RequestParam int year, Model model) {
		TargetForm form = new TargetForm();
		form.setYear(year);
		model.addAttribute("targetForm", form);
		model.addAttribute("targetId", null);
		return FORM_VIEW;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("targetForm") TargetForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			TargetView created = this.results.createTarget(form);
			Flash.success(redirect, "catalog.target.created");
			return "redirect:/catalog/results?year=" + created.year();
		}
		catch (BusinessRuleException ex) {
			rejectRule(result, ex);
			return FORM_VIEW;
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable Long id, Model model) {
		model.addAttribute("targetForm", TargetForm.from(this.results.getTarget(id)));
		model.addAttribute("targetId", id);
		return FORM_VIEW;
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("targetForm") TargetForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("targetId", id);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			TargetView updated = this.results.updateTarget(id, form);
			Flash.success(redirect, "catalog.target.updated");
			return "redirect:/catalog/results?year=" + updated.year();
		}
		catch (BusinessRuleException ex) {
			rejectRule(result, ex);
			return FORM_VIEW;
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		int year = this.results.getTarget(id).year();
		this.results.deleteTarget(id);
		Flash.success(redirect, "catalog.target.deleted");
		return "redirect:/catalog/results?year=" + year;
	}

	private static void rejectRule(BindingResult result, BusinessRuleException ex) {
		switch (ex.getMessageKey()) {
			case "catalog.target.threshold.required" -> result.rejectValue("threshold", ex.getMessageKey());
			case "catalog.target.group.required" -> result.rejectValue("targetGroup", ex.getMessageKey());
			default -> result.reject(ex.getMessageKey(), ex.getArgs(), null);
		}
	}

}
