package vn.chiso.notification;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.common.Flash;
import vn.chiso.security.CurrentUser;
import vn.chiso.user.UserService;

/**
 * Each person's choice of e-mail (account page), and the unsubscribe link of every message, which works without
 * signing in but only turns that person's e-mail off.
 */
@Controller
class MailPreferenceController {

	private final NotificationStore store;

	private final UserService users;

	private final UnsubscribeTokens tokens;

	private final MailComposer composer;

	MailPreferenceController(NotificationStore store, UserService users, UnsubscribeTokens tokens,
			MailComposer composer) {
		this.store = store;
		this.users = users;
		this.tokens = tokens;
		this.composer = composer;
	}

	@GetMapping("/account/notifications")
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		PreferenceForm form = new PreferenceForm();
		form.setMode(this.store.mode(user.id()));
		model.addAttribute("preferenceForm", form);
		return view(user, model);
	}

	@PostMapping("/account/notifications")
	String save(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("preferenceForm") PreferenceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(user, model);
		}
		this.store.choose(user.id(), form.getMode(), "Chọn cách nhận thư: " + label(form.getMode()));
		Flash.success(redirect, "notification.preferences.saved", label(form.getMode()));
		return "redirect:/account/notifications";
	}

	private String view(CurrentUser user, Model model) {
		model.addAttribute("email", this.users.get(user.id()).email());
		model.addAttribute("modes", MailMode.values());
		model.addAttribute("chosen", this.store.hasChosen(user.id()));
		model.addAttribute("defaultMode", this.store.settings().defaultMode());
		return "notification/preferences";
	}

	@GetMapping("/unsubscribe")
	String unsubscribeForm(@RequestParam(required = false) String token, Model model) {
		var userId = this.tokens.verify(token);
		if (userId.isEmpty()) {
			return "notification/unsubscribe-invalid";
		}
		model.addAttribute("token", token);
		model.addAttribute("email", this.users.get(userId.getAsLong()).email());
		model.addAttribute("done", this.store.hasChosen(userId.getAsLong())
				&& this.store.mode(userId.getAsLong()) == MailMode.NONE);
		return "notification/unsubscribe";
	}

	@PostMapping("/unsubscribe")
	String unsubscribe(@RequestParam(required = false) String token, Model model, RedirectAttributes redirect) {
		var userId = this.tokens.verify(token);
		if (userId.isEmpty()) {
			return "notification/unsubscribe-invalid";
		}
		this.store.choose(userId.getAsLong(), MailMode.NONE, "Ngừng nhận thư qua liên kết trong thư");
		redirect.addAttribute("token", token);
		return "redirect:/unsubscribe";
	}

	private String label(MailMode mode) {
		return this.composer.text("MailMode." + mode.name());
	}

}
