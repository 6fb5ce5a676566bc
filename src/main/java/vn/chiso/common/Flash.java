package vn.chiso.common;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A message shown once after a redirect (POST-redirect-GET); the layout renders it from its message key. */
public record Flash(String level, String key, Object[] args) implements java.io.Serializable {

	public static void success(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flash", new Flash("success", key, args));
	}

	public static void warning(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flash", new Flash("warning", key, args));
	}

	/**
	 * Runs a state change for a POST-redirect-GET handler: a success flash when it works, the rule's own message when
	 * it breaks a business rule (nothing was changed then).
	 */
	public static void attempt(RedirectAttributes attributes, String successKey, Runnable action) {
		try {
			action.run();
			success(attributes, successKey);
		}
		catch (BusinessRuleException ex) {
			error(attributes, ex.getMessageKey(), ex.getArgs());
		}
	}

	public static void error(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flash", new Flash("danger", key, args));
	}

}
