package vn.chiso.user;

import vn.chiso.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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

import vn.chiso.agency.AgencyService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
import vn.chiso.common.PageView;
import vn.chiso.security.UserSessions;

/** Administrators manage user accounts (URL rule: /admin/** is QUAN_TRI only). */
@Controller
@RequestMapping("/admin/users")
class UserController {

	private final UserService users;

	private final AgencyService agencies;

	private final UserSessions sessions;

	UserController(UserService users, AgencyService agencies, UserSessions sessions) {
		this.users = users;
		this.agencies = agencies;
		this.sessions = sessions;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Long agencyId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
		PageView<UserView> users = PageView.slice(this.users.list(q, role, agencyId), PageView.Paging.of(page, size),
				request);
		model.addAttribute("page", users);
		model.addAttribute("users", users.items());
		model.addAttribute("agencies", this.agencies.findAll());
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("agencyId", agencyId);
		return "user/list";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("userForm", new UserForm());
		return editView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return editView(model, null);
		}
		try {
			UserView created = this.users.create(form);
			Flash.success(redirect, "user.created", created.username());
			return "redirect:/admin/users";
		}
		catch (BusinessRuleException ex) {
			rejectRule(result, ex);
			return editView(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable Long id, Model model) {
		model.addAttribute("userForm", UserForm.from(this.users.get(id)));
		return editView(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
			Model model, HttpSession session, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return editView(model, id);
		}
		try {
			UserView before = this.users.get(id);
			UserView updated = this.users.update(id, form);
			// a new role, agency or a disabled account takes effect now, not when the user's sessions time out
			if (before.role() != updated.role() || !java.util.Objects.equals(before.agencyId(), updated.agencyId())
					|| before.enabled() != updated.enabled() || !before.username().equals(updated.username())) {
				this.sessions.endSessions(before.username(), session.getId());
			}
			Flash.success(redirect, "user.updated", updated.username());
			return "redirect:/admin/users";
		}
		catch (BusinessRuleException ex) {
			rejectRule(result, ex);
			return editView(model, id);
		}
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable Long id, @RequestParam String newPassword, HttpSession session,
			RedirectAttributes redirect) {
		try {
			this.users.resetPassword(id, newPassword);
			this.sessions.endSessions(this.users.get(id).username(), session.getId());
			Flash.success(redirect, "user.passwordReset", this.users.get(id).username());
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/admin/users/" + id + "/edit";
	}

	private String editView(Model model, Long id) {
		model.addAttribute("userId", id);
		model.addAttribute("agencies", this.agencies.findAll());
		return "user/edit";
	}

	private static void rejectRule(BindingResult result, BusinessRuleException ex) {
		switch (ex.getMessageKey()) {
			case "user.username.taken" -> result.rejectValue("username", ex.getMessageKey());
			case "user.agency.required" -> result.rejectValue("agencyId", ex.getMessageKey());
			case "password.tooShort", "password.tooLong", "password.sameAsUsername", "password.lettersAndDigits" ->
				result.rejectValue("password", ex.getMessageKey());
			default -> result.reject(ex.getMessageKey(), ex.getArgs(), null);
		}
	}

}
