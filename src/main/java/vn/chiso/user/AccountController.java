package vn.chiso.user;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.UserSessions;

/** Every signed-in user: change the own password. */
@Controller
@RequestMapping("/account")
class AccountController {

	private final UserService users;

	private final UserSessions sessions;

	AccountController(UserService users, UserSessions sessions) {
		this.users = users;
		this.sessions = sessions;
	}

	@GetMapping("/password")
	String showPasswordForm(@ModelAttribute("passwordForm") PasswordChangeForm form) {
		return "account/password";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result,
			HttpSession session, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "account/password";
		}
		try {
			this.users.changeOwnPassword(user.id(), form);
		}
		catch (BusinessRuleException ex) {
			String field = switch (ex.getMessageKey()) {
				case "account.currentPassword.wrong" -> "currentPassword";
				case "account.confirmPassword.mismatch" -> "confirmPassword";
				default -> "newPassword";
			};
			result.rejectValue(field, ex.getMessageKey());
			return "account/password";
		}
		// sessions opened elsewhere with the old password end; this one goes on
		this.sessions.endSessions(user.getUsername(), session.getId());
		Flash.success(redirect, "account.passwordChanged");
		return "redirect:/";
	}

}
