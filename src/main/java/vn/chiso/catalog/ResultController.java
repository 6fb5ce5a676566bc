package vn.chiso.catalog;

import java.time.LocalDate;
import java.util.List;

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

/**
 * Published results and the evaluation of targets, per year: everyone signed in reads; Sở Nội vụ and administrators
 * keep the figures up to date (not under /admin, which is administrators only).
 */
@Controller
@RequestMapping("/catalog/results")
class ResultController {

	private final ResultService results;

	private final CatalogService catalog;

	ResultController(ResultService results, CatalogService catalog) {
		this.results = results;
		this.catalog = catalog;
	}

	@ModelAttribute("groups")
	PapiGroup[] groups() {
		return PapiGroup.values();
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year, Model model) {
		List<Integer> years = this.results.years();
		int shown = year != null ? year : years.isEmpty() ? LocalDate.now().getYear() : years.get(0);
		model.addAttribute("year", shown);
		model.addAttribute("years", years);
		model.addAttribute("indices", this.catalog.indices());
		model.addAttribute("results", this.results.results(shown));
		model.addAttribute("evaluations", this.results.evaluate(shown));
		model.addAttribute("rankedProvinces", this.results.rankedProvinces(shown));
		return "catalog/results";
	}

	@GetMapping("/{year}/{indexCode}/edit")
	@PreAuthorize("hasAnyRole('QUAN_TRI','SO_NOI_VU')")
	String showEditForm(@PathVariable int year, @PathVariable String indexCode, Model model) {
		model.addAttribute("resultsForm", this.results.sheet(indexCode, year));
		return editView(model, year, indexCode);
	}

	@PostMapping("/{year}/{indexCode}/edit")
	@PreAuthorize("hasAnyRole('QUAN_TRI','SO_NOI_VU')")
	String update(@PathVariable int year, @PathVariable String indexCode,
			@Valid @ModelAttribute("resultsForm") ResultsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return editView(model, year, indexCode);
		}
		try {
			this.results.saveSheet(indexCode, year, form);
		}
		catch (BusinessRuleException ex) {
			result.reject(ex.getMessageKey(), ex.getArgs(), null);
			return editView(model, year, indexCode);
		}
		Flash.success(redirect, "catalog.results.saved", indexLabel(indexCode), String.valueOf(year));
		return "redirect:/catalog/results?year=" + year;
	}

	private String editView(Model model, int year, String indexCode) {
		model.addAttribute("year", year);
		model.addAttribute("indexCode", indexCode);
		model.addAttribute("indexName", indexLabel(indexCode));
		return "catalog/results-edit";
	}

	private String indexLabel(String indexCode) {
		return this.catalog.indices()
			.stream()
			.filter(i -> i.code().equals(indexCode))
			.map(IndexView::shortName)
			.findFirst()
			.orElseThrow(() -> new vn.chiso.common.NotFoundException("catalog.index.notFound", indexCode));
	}

}
