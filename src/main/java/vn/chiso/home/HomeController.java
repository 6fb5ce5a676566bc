package vn.chiso.home;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chiso.common.TemplateParts;
import vn.chiso.dashboard.DashboardFilter;
import vn.chiso.dashboard.DashboardService;
import vn.chiso.dashboard.LeadershipDashboard;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

/**
 * The home page is the user's dashboard: the province's picture for leadership, Sở Nội vụ and administrators; the
 * agency's own picture for agency heads and staff (always their own agency: no parameter chooses another).
 * <p>
 * The province's dashboard is rendered once per change of its figures ({@link DashboardService#leadershipRendered}):
 * its fragment depends on the figures alone (no user, no form token), so the page only wraps the kept HTML.
 */
@Controller
class HomeController {

	/** Renders the leadership fragment alone ({@code dashboard/leadership :: dashboard}). */
	static final String LEADERSHIP_PART = "dashboard/leadership-part";

	/** Renders an agency's dashboard alone ({@code dashboard/agency :: dashboard}). */
	static final String AGENCY_PART = "dashboard/agency-part";

	private final DashboardService dashboards;

	private final TemplateParts parts;

	HomeController(DashboardService dashboards, TemplateParts parts) {
		this.dashboards = dashboards;
		this.parts = parts;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long planId,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long roundId, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("user", user);
		if (seesProvince(user)) {
			DashboardService.Rendered rendered = this.dashboards.leadershipRendered(
					new DashboardFilter(planId, year, roundId), user, d -> render(d, request, response));
			model.addAttribute("dashboard", rendered.dashboard());
			model.addAttribute("dashboardPartHtml", this.parts.inPage(rendered.html(), request));
		}
		else if (user.agencyId() != null) {
			DashboardService.AgencyRendered rendered = this.dashboards.agencyRendered(user.agencyId(),
					d -> this.parts.render(AGENCY_PART, Map.of("agencyDashboard", d), request, response));
			model.addAttribute("agencyDashboard", rendered.dashboard());
			model.addAttribute("agencyPartHtml", this.parts.inPage(rendered.html(), request));
		}
		return "home/index";
	}

	private TemplateParts.Part render(LeadershipDashboard dashboard, HttpServletRequest request, HttpServletResponse response) {
		return this.parts.render(LEADERSHIP_PART, Map.of("dashboard", dashboard), request, response);
	}

	private static boolean seesProvince(CurrentUser user) {
		return user.role() == Role.LANH_DAO_TINH || user.role() == Role.SO_NOI_VU || user.role() == Role.QUAN_TRI;
	}

}
