package vn.chiso.catalog;

import jakarta.validation.Valid;
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

/** Administrators create, rename, copy and revise criteria sets (URL rule: /admin/** is QUAN_TRI only). */
@Controller
@RequestMapping("/admin/catalog/sets")
class CatalogAdminController {

	private static final String FORM_VIEW = "catalog/set-form";

	private final CatalogService catalog;

	CatalogAdminController(CatalogService catalog) {
		this.catalog = catalog;
	}

	@ModelAttribute("subjects")
	Subject[] subjects() {
		return Subject.values();
	}

	@GetMapping("/{id}")
	String showEditor(@PathVariable Long id, Model model) {
		SetView view = this.catalog.getSetView(id);
		model.addAttribute("view", view);
		model.addAttribute("editing", !view.set().locked());
		return "catalog/set";
	}

	@GetMapping("/new")
	String showCreateForm(@RequestParam(required = false) Long indexId, Model model) {
		SetForm form = new SetForm();
		form.setIndexId(indexId);
		model.addAttribute("setForm", form);
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("setForm") SetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, null);
		}
		SetSummary created = this.catalog.createSet(form);
		Flash.success(redirect, "catalog.set.created", created.name());
		return "redirect:/admin/catalog/sets/" + created.id();
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		SetSummary set = this.catalog.getSet(id);
		if (set.locked()) {
			Flash.error(redirect, "catalog.set.locked", set.name());
			return "redirect:/admin/catalog/sets/" + id;
		}
		model.addAttribute("setForm", SetForm.from(set));
		return formView(model, set);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("setForm") SetForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		SetSummary set = this.catalog.getSet(id);
		if (result.hasErrors()) {
			return formView(model, set);
		}
		try {
			SetSummary updated = this.catalog.renameSet(id, form);
			Flash.success(redirect, "catalog.set.updated", updated.name());
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/admin/catalog/sets/" + id;
	}

	@PostMapping("/{id}/revision")
	String newRevision(@PathVariable Long id, RedirectAttributes redirect) {
		SetSummary revision = this.catalog.newRevision(id);
		Flash.success(redirect, "catalog.set.revised", revision.revision());
		return "redirect:/admin/catalog/sets/" + revision.id();
	}

	@PostMapping("/{id}/copy")
	String copyToYear(@PathVariable Long id, @RequestParam(required = false) Integer year,
			RedirectAttributes redirect) {
		try {
			if (year == null) {
				throw new BusinessRuleException("catalog.set.year.required");
			}
			SetSummary copy = this.catalog.copyToYear(id, year);
			Flash.success(redirect, "catalog.set.copied", String.valueOf(copy.year()), copy.name());
			return "redirect:/admin/catalog/sets/" + copy.id();
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
			return "redirect:/admin/catalog/sets/" + id;
		}
	}

	private String formView(Model model, SetSummary set) {
		model.addAttribute("set", set);
		model.addAttribute("indices", this.catalog.indices());
		return FORM_VIEW;
	}

}
