package vn.chiso.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chiso.dashboard.DashboardFilter;
import vn.chiso.dashboard.DashboardService;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

/**
 * The home page is the user's dashboard: the province's picture for leadership, Sở Nội vụ and administrators; the
 * agency's own picture for agency heads and staff (always their own agency: no parameter chooses another).
 */
@Controller
class HomeController {

	private final DashboardService dashboards;

	HomeController(DashboardService dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long planId,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long roundId, Model model) {
		model.addAttribute("user", user);
		if (seesProvince(user)) {
			model.addAttribute("dashboard", this.dashboards.leadership(new DashboardFilter(planId, year, roundId), user));
		}
		else if (user.agencyId() != null) {
			model.addAttribute("agencyDashboard", this.dashboards.agency(user.agencyId()));
		}
		return "home/index";
	}

	private static boolean seesProvince(CurrentUser user) {
		return user.role() == Role.LANH_DAO_TINH || user.role() == Role.SO_NOI_VU || user.role() == Role.QUAN_TRI;
	}

}
