package vn.chiso.home;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Giới thiệu": what ChiSo is and how many agencies it follows. Deliberately one query and one template: the load
 * test uses it as the reference page, so the cost of the real pages shows as a ratio to it.
 */
@Controller
class AboutController {

	private final JdbcClient jdbc;

	AboutController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/about")
	String about(Model model) {
		model.addAttribute("activeAgencies",
				this.jdbc.sql("select count(*) from agency where active").query(Integer.class).single());
		return "home/about";
	}

}
