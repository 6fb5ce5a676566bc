package vn.chiso.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.chiso.agency.AgencyService;

/**
 * "Giới thiệu": what ChiSo is and how many agencies it follows. Deliberately one query and one template: the load
 * test uses it as the reference page, so the cost of the real pages shows as a ratio to it.
 */
@Controller
class AboutController {

	private final AgencyService agencies;

	AboutController(AgencyService agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/about")
	String about(Model model) {
		model.addAttribute("activeAgencies", this.agencies.countActive());
		return "home/about";
	}

}
