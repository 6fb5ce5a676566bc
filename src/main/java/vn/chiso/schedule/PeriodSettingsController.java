package vn.chiso.schedule;

import java.time.LocalDate;

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
import vn.chiso.common.NotFoundException;

/**
 * Reporting period settings per year. Sở Nội vụ may look at the overview (SecurityConfig lets SO_NOI_VU GET the
 * list URL only); everything else, and every change, is for administrators.
 */
@Controller
@RequestMapping("/admin/settings/periods")
class PeriodSettingsController {

	private static final String LIST_VIEW = "schedule/periods";

	private static final String EDIT_VIEW = "schedule/period-edit";

	private final ReportingPeriodService periods;

	PeriodSettingsController(ReportingPeriodService periods) {
		this.periods = periods;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('QUAN_TRI','SO_NOI_VU')")
	String list(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now().getYear() : year;
		YearSettings settings = this.periods.yearSettings(shown);
		model.addAttribute("yearSettingsForm", YearSettingsForm.from(settings));
		model.addAttribute("monthlySettingsForm", MonthlySettingsForm.from(settings));
		return listView(shown, model);
	}

	@PostMapping("/{year}")
	@PreAuthorize("hasRole('QUAN_TRI')")
	String updateYear(@PathVariable int year, @Valid @ModelAttribute("yearSettingsForm") YearSettingsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.periods.updateYear(year, form.getAgencyLeadWorkingDays(), form.isNineMonthsReported(),
						form.getVersion());
				Flash.success(redirect, "period.year.saved", String.valueOf(year));
				return "redirect:/admin/settings/periods?year=" + year;
			}
			catch (BusinessRuleException ex) {
				result.rejectValue("agencyLeadWorkingDays", ex.getMessageKey(), ex.getArgs(), null);
			}
		}
		model.addAttribute("monthlySettingsForm", MonthlySettingsForm.from(this.periods.yearSettings(year)));
		return listView(year, model);
	}

	@PostMapping("/{year}/monthly")
	@PreAuthorize("hasRole('QUAN_TRI')")
	String updateMonthly(@PathVariable int year,
			@Valid @ModelAttribute("monthlySettingsForm") MonthlySettingsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.periods.updateMonthly(year, form.getSelfAssessmentDay(), form.getConsolidationDay(),
						form.getVersion());
				Flash.success(redirect, "period.monthly.saved", String.valueOf(year));
				return "redirect:/admin/settings/periods?year=" + year;
			}
			catch (BusinessRuleException ex) {
				String field = ex.getMessageKey().equals("period.error.selfAssessmentDay") ? "selfAssessmentDay"
						: "consolidationDay";
				result.rejectValue(field, ex.getMessageKey(), ex.getArgs(), null);
			}
		}
		model.addAttribute("yearSettingsForm", YearSettingsForm.from(this.periods.yearSettings(year)));
		return listView(year, model);
	}

	@GetMapping("/{year}/{type}/{number}/edit")
	@PreAuthorize("hasRole('QUAN_TRI')")
	String showEditForm(@PathVariable int year, @PathVariable String type, @PathVariable int number, Model model) {
		ReportingPeriod period = configurable(year, type, number);
		model.addAttribute("periodSettingForm", PeriodSettingForm.from(this.periods.dates(period),
				this.periods.explicitAgencyDeadline(period), this.periods.settingsVersion(period)));
		return editView(period, model);
	}

	@PostMapping("/{year}/{type}/{number}/edit")
	@PreAuthorize("hasRole('QUAN_TRI')")
	String update(@PathVariable int year, @PathVariable String type, @PathVariable int number,
			@Valid @ModelAttribute("periodSettingForm") PeriodSettingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ReportingPeriod period = configurable(year, type, number);
		if (result.hasErrors()) {
			return editView(period, model);
		}
		try {
			this.periods.updatePeriod(period, form.getWindowStart(), form.getWindowEnd(), form.getProvinceDeadline(),
					form.getAgencyDeadline(), form.getPapiDeadline(), form.getVersion());
			Flash.success(redirect, "period.saved", period.label());
			return "redirect:/admin/settings/periods?year=" + year;
		}
		catch (BusinessRuleException ex) {
			result.rejectValue(fieldOf(ex.getMessageKey()), ex.getMessageKey(), ex.getArgs(), null);
			return editView(period, model);
		}
	}

	@PostMapping("/{year}/{type}/{number}/reset")
	@PreAuthorize("hasRole('QUAN_TRI')")
	String reset(@PathVariable int year, @PathVariable String type, @PathVariable int number,
			RedirectAttributes redirect) {
		ReportingPeriod period = configurable(year, type, number);
		this.periods.resetPeriod(period);
		Flash.success(redirect, "period.reset.done", period.label());
		return "redirect:/admin/settings/periods?year=" + year;
	}

	private String listView(int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("yearSettings", this.periods.yearSettings(year));
		model.addAttribute("periods",
				ReportingPeriodService.configurablePeriods(year).stream().map(this.periods::dates).toList());
		return LIST_VIEW;
	}

	private String editView(ReportingPeriod period, Model model) {
		model.addAttribute("period", period);
		model.addAttribute("defaults", new PeriodDates(period, period.label(), PeriodDefaults.windowStart(period),
				PeriodDefaults.windowEnd(period), null, PeriodDefaults.provinceDeadline(period),
				PeriodDefaults.papiDeadline(period), false));
		model.addAttribute("leadDays", this.periods.yearSettings(period.year()).agencyLeadWorkingDays());
		model.addAttribute("hasPapi", period.type() == PeriodType.HALF_YEAR || period.type() == PeriodType.YEAR);
		return EDIT_VIEW;
	}

	private static ReportingPeriod configurable(int year, String type, int number) {
		try {
			ReportingPeriod period = new ReportingPeriod(PeriodType.valueOf(type), year, number);
			if (ReportingPeriodService.configurablePeriods(year).contains(period)) {
				return period;
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to not found
		}
		throw new NotFoundException("period.notFound", type + " " + number + "/" + year);
	}

	private static String fieldOf(String messageKey) {
		return switch (messageKey) {
			case "period.error.provinceBeforeWindowEnd" -> "provinceDeadline";
			case "period.error.agencyAfterProvince" -> "agencyDeadline";
			case "period.error.papiDeadline" -> "papiDeadline";
			default -> "windowEnd";
		};
	}

}
