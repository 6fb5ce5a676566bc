package vn.chiso.province;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The setup checklist for administrators and Sở Nội vụ (URL rule in SecurityConfig). */
@Controller
class SetupController {

	private final SetupChecklist checklist;

	SetupController(SetupChecklist checklist) {
		this.checklist = checklist;
	}

	@GetMapping("/setup")
	String show(Model model) {
		model.addAttribute("checklist", this.checklist.check());
		return "province/setup";
	}

}
