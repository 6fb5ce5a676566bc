package vn.chiso.agency;

import jakarta.servlet.http.HttpServletRequest;
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
import vn.chiso.common.PageView;

/** Administrators list, search, create, edit, deactivate agencies (URL rule: /admin/** is QUAN_TRI only). */
@Controller
@RequestMapping("/admin/agencies")
class AgencyController {

	private static final String EDIT_VIEW = "agency/edit";

	private final AgencyService agencies;

	AgencyController(AgencyService agencies) {
		this.agencies = agencies;
	}

	@ModelAttribute("kinds")
	AgencyKind[] kinds() {
		return AgencyKind.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) AgencyKind kind,
			@RequestParam(defaultValue = "false") boolean activeOnly, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
		PageView<AgencyView> agencies = PageView.slice(this.agencies.search(q, kind, activeOnly),
				PageView.Paging.of(page, size), request);
		model.addAttribute("page", agencies);
		model.addAttribute("agencies", agencies.items());
		model.addAttribute("groups", this.agencies.groups());
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("activeOnly", activeOnly);
		return "agency/list";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("agencyForm", new AgencyForm());
		return editView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("agencyForm") AgencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return editView(model, null);
		}
		try {
			AgencyView created = this.agencies.create(form);
			Flash.success(redirect, "agency.created", created.name());
			return "redirect:/admin/agencies";
		}
		catch (BusinessRuleException ex) {
			rejectRule(result, ex);
			return editView(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable Long id, Model model) {
		model.addAttribute("agencyForm", AgencyForm.from(this.agencies.get(id)));
		return editView(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("agencyForm") AgencyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return editView(model, id);
		}
		try {
			AgencyView updated = this.agencies.update(id, form);
			Flash.success(redirect, "agency.updated", updated.name());
			return "redirect:/admin/agencies";
		}
		catch (BusinessRuleException ex) {
			rejectRule(result, ex);
			return editView(model, id);
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, RedirectAttributes redirect) {
		this.agencies.setActive(id, false);
		Flash.success(redirect, "agency.deactivated", this.agencies.get(id).name());
		return "redirect:/admin/agencies";
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, RedirectAttributes redirect) {
		this.agencies.setActive(id, true);
		Flash.success(redirect, "agency.activated", this.agencies.get(id).name());
		return "redirect:/admin/agencies";
	}

	private String editView(Model model, Long id) {
		model.addAttribute("agencyId", id);
		model.addAttribute("agencyActive", id == null || this.agencies.get(id).active());
		model.addAttribute("allAgencies", this.agencies.findAll());
		return EDIT_VIEW;
	}

	private static void rejectRule(BindingResult result, BusinessRuleException ex) {
		switch (ex.getMessageKey()) {
			case "agency.code.taken" -> result.rejectValue("code", ex.getMessageKey());
			case "agency.validTo.beforeFrom" -> result.rejectValue("validTo", ex.getMessageKey());
			default -> result.reject(ex.getMessageKey(), ex.getArgs(), null);
		}
	}

}
