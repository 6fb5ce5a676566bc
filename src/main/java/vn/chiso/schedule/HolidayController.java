package vn.chiso.schedule;

import java.time.LocalDate;

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

/** Administrators list the holidays of a year, add and remove them (URL rule: /admin/** is QUAN_TRI only). */
@Controller
@RequestMapping("/admin/settings/holidays")
class HolidayController {

	private final HolidayService holidays;

	HolidayController(HolidayService holidays) {
		this.holidays = holidays;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("holidayForm", new HolidayForm());
		return listView(year == null ? LocalDate.now().getYear() : year, model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("holidayForm") HolidayForm form, BindingResult result,
			@RequestParam(required = false) Integer year, Model model, RedirectAttributes redirect) {
		int shownYear = form.getDay() != null ? form.getDay().getYear()
				: year != null ? year : LocalDate.now().getYear();
		if (result.hasErrors()) {
			return listView(shownYear, model);
		}
		try {
			HolidayView added = this.holidays.add(form.getDay(), form.getName());
			Flash.success(redirect, "holiday.added", added.name());
			return "redirect:/admin/settings/holidays?year=" + added.day().getYear();
		}
		catch (BusinessRuleException ex) {
			result.rejectValue("day", ex.getMessageKey());
			return listView(shownYear, model);
		}
	}

	@PostMapping("/{id}/delete")
	String remove(@PathVariable Long id, RedirectAttributes redirect) {
		HolidayView removed = this.holidays.remove(id);
		Flash.success(redirect, "holiday.removed", removed.name());
		return "redirect:/admin/settings/holidays?year=" + removed.day().getYear();
	}

	private String listView(int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("holidays", this.holidays.list(year));
		return "schedule/holidays";
	}

}
