package vn.chiso.notification;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.common.Flash;
import vn.chiso.common.NotFoundException;

/**
 * The administrator's outbox (thư gửi đi) with search and paging, each message as it was sent (in demo mode: the local
 * mailbox), and the notice settings. URL rule: /admin/** is QUAN_TRI only.
 */
@Controller
@RequestMapping("/admin/mail")
class MailAdminController {

	static final int PAGE_SIZE = 25;

	/** A message's HTML is shown as sent: its own inline styles, no scripts, no framing. */
	static final String MESSAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
			+ "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	private final Outbox outbox;

	private final OutboxSender sender;

	private final NotificationStore store;

	private final DailyDigest digest;

	private final java.time.Clock clock;

	MailAdminController(Outbox outbox, OutboxSender sender, NotificationStore store, DailyDigest digest,
			java.util.Optional<java.time.Clock> clock) {
		this.digest = digest;
		this.clock = clock.orElse(java.time.Clock.system(java.time.ZoneId.of(vn.chiso.ChiSoApplication.TIME_ZONE)));
		this.outbox = outbox;
		this.sender = sender;
		this.store = store;
	}

	@GetMapping
	String list(@RequestParam(required = false) OutboxStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.outbox.page(status, q, kind, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("counts", this.outbox.counts());
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", java.util.List.of("DIGEST", "RETURNED", "REOPENED", "NUDGE", "ESCALATION_HEAD",
				"ESCALATION_PROVINCE"));
		model.addAttribute("transport", this.sender.transportDescription().orElse(null));
		return "notification/outbox";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("message", find(id));
		return "notification/message";
	}

	/** The HTML part exactly as sent, under a policy that lets its inline styles apply and nothing else. */
	@GetMapping(value = "/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String html(@PathVariable long id, HttpServletResponse response) {
		OutboxMessage m = find(id);
		response.setHeader("Content-Security-Policy", MESSAGE_CSP);
		return m.bodyHtml();
	}

	@PostMapping("/{id}/requeue")
	String requeue(@PathVariable long id, RedirectAttributes redirect) {
		find(id);
		if (this.outbox.requeue(id)) {
			Flash.success(redirect, "notification.outbox.requeued", id);
		}
		else {
			Flash.error(redirect, "notification.outbox.notRequeued");
		}
		return "redirect:/admin/mail/" + id;
	}

	/** Composes today's digest now instead of waiting for the digest time (once a day, like the scheduled run). */
	@PostMapping("/digest")
	String composeDigest(RedirectAttributes redirect) {
		int queued = this.digest.compose(java.time.LocalDate.now(this.clock));
		if (queued < 0) {
			Flash.warning(redirect, "notification.digest.already");
		}
		else {
			Flash.success(redirect, "notification.digest.composed", queued);
		}
		return "redirect:/admin/mail";
	}

	@GetMapping("/settings")
	String settings(Model model) {
		model.addAttribute("settingsForm", SettingsForm.from(this.store.settings()));
		return "notification/settings";
	}

	@PostMapping("/settings")
	String saveSettings(@Valid @ModelAttribute("settingsForm") SettingsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "notification/settings";
		}
		try {
			this.store.saveSettings(form.toSettings());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			Flash.warning(redirect, "notification.settings.stale");
			return "redirect:/admin/mail/settings";
		}
		Flash.success(redirect, "notification.settings.saved");
		return "redirect:/admin/mail/settings";
	}

	private OutboxMessage find(long id) {
		return this.outbox.get(id).orElseThrow(() -> new NotFoundException("notification.outbox.notFound", id));
	}

}
