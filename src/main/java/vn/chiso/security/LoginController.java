package vn.chiso.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final LoginThrottleService throttle;

	LoginController(LoginThrottleService throttle) {
		this.throttle = throttle;
	}

	/** The lock message's minutes come from the server's setting, never from the URL. */
	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("lockMinutes", this.throttle.lockMinutes());
		return "login";
	}

}
