package vn.chiso.progress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
import vn.chiso.security.CurrentUser;

/**
 * The period screen (báo cáo cả kỳ): all of the agency's entries of a round in one table, each row saved on its own
 * (with htmx the row comes back in place; without JavaScript the page reloads), evidence attached per row, and the
 * completed rows sent together. Every rule is {@link PeriodWork}'s and, through it, {@link ProgressService}'s.
 */
@Controller
@PreAuthorize(ProgressEntryController.AGENCY_ROLES)
class PeriodWorkController {

	private final PeriodWork work;

	private final EntryEvidence evidence;

	private final PeriodParts parts;

	PeriodWorkController(PeriodWork work, EntryEvidence evidence, PeriodParts parts) {
		this.work = work;
		this.evidence = evidence;
		this.parts = parts;
	}

	@GetMapping("/progress/periods/{roundId}")
	String show(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return page(this.work.period(user, roundId), Map.of(), model, request, response);
	}

	@PostMapping("/progress/periods/{roundId}/entries/{entryId}")
	String saveRow(@PathVariable long roundId, @PathVariable long entryId,
			@ModelAttribute("input") PeriodRowInput input, BindingResult binding,
			@RequestParam(required = false) String next, @AuthenticationPrincipal CurrentUser user, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		PeriodWork.Period period = this.work.period(user, roundId);
		PeriodRow row = this.work.row(user, roundId, entryId);
		List<PeriodRowInput.Problem> problems = new java.util.ArrayList<>(input.problems());
		if (binding.hasFieldErrors("implementation")) {
			problems.add(new PeriodRowInput.Problem("implementation", "periodWork.implementation.invalid", new Object[0]));
		}
		PeriodRowView view;
		if (!problems.isEmpty()) {
			view = new PeriodRowView(row, input, problems, null, false, false, period.open());
		}
		else {
			try {
				PeriodRow saved = this.work.save(user, roundId, entryId, input);
				view = new PeriodRowView(saved, PeriodRowInput.of(saved), List.of(), null, true, next != null,
						period.open());
				if (!isHtmx(request)) {
					Flash.success(redirect, "periodWork.row.saved", saved.taskNumber());
					return "redirect:/progress/periods/" + roundId + "#entry-" + (next == null ? entryId
							: nextEntryAfter(period, entryId));
				}
			}
			catch (StaleEntryException ex) {
				PeriodRow current = this.work.row(user, roundId, entryId);
				input.setVersion(current.version());
				view = new PeriodRowView(current, input, List.of(), current, false, false, period.open());
			}
			catch (BusinessRuleException ex) {
				view = new PeriodRowView(row, input,
						List.of(new PeriodRowInput.Problem("row", ex.getMessageKey(), ex.getArgs())), null, false, false,
						period.open());
			}
		}
		if (isHtmx(request)) {
			model.addAttribute("v", view);
			model.addAttribute("period", period);
			return "progress/period-rows :: row";
		}
		return page(period, Map.of(entryId, view), model, request, response);
	}

	@PostMapping("/progress/periods/{roundId}/entries/{entryId}/files")
	String upload(@PathVariable long roundId, @PathVariable long entryId, HttpServletRequest request,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		PeriodWork.Period period = this.work.period(user, roundId);
		PeriodRow row = this.work.row(user, roundId, entryId);
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		MultipartFile file = multipart == null ? null : multipart.getFile("file");
		PeriodRowInput.Problem problem = null;
		try {
			this.evidence.upload(user, row.entryId(), file);
		}
		catch (BusinessRuleException ex) {
			problem = new PeriodRowInput.Problem("evidence", ex.getMessageKey(), ex.getArgs());
		}
		if (!isHtmx(request)) {
			if (problem == null) {
				Flash.success(redirect, "progress.file.uploaded");
			}
			else {
				Flash.error(redirect, problem.key(), problem.args());
			}
			return "redirect:/progress/periods/" + roundId + "#entry-" + entryId;
		}
		PeriodRow now = this.work.row(user, roundId, entryId);
		model.addAttribute("v", new PeriodRowView(now, PeriodRowInput.of(now),
				problem == null ? List.of() : List.of(problem), null, false, false, period.open()));
		model.addAttribute("period", period);
		model.addAttribute("uploaded", problem == null);
		return "progress/period-rows :: evidence";
	}

	@PostMapping("/progress/periods/{roundId}/send")
	String sendCompleted(@PathVariable long roundId, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Map<Long, Long> versions = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.matches("v\\d{1,18}") && value.matches("\\d{1,18}")) {
				versions.put(Long.parseLong(name.substring(1)), Long.parseLong(value));
			}
		});
		try {
			PeriodWork.SendOutcome outcome = this.work.sendCompleted(user, roundId, versions);
			if (outcome.sent() + outcome.toHead() == 0 && outcome.stale() + outcome.refused() == 0) {
				Flash.error(redirect, "periodWork.send.nothing");
			}
			else if (outcome.stale() + outcome.refused() == 0) {
				Flash.success(redirect, "periodWork.send.done", outcome.sent(), outcome.toHead());
			}
			else {
				Flash.error(redirect, "periodWork.send.partly", outcome.sent(), outcome.toHead(), outcome.stale(),
						outcome.refused());
			}
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/progress/periods/" + roundId;
	}

	private String page(PeriodWork.Period period, Map<Long, PeriodRowView> overrides, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		long maxMb = this.evidence.maxFileSize() / (1024 * 1024);
		model.addAttribute("period", period);
		model.addAttribute("contentPartHtml", this.parts.content(period, overrides, maxMb, request, response));
		return "progress/period";
	}

	private static long nextEntryAfter(PeriodWork.Period period, long entryId) {
		List<PeriodRow> rows = period.rows();
		for (int i = 0; i < rows.size() - 1; i++) {
			if (rows.get(i).entryId() == entryId) {
				return rows.get(i + 1).entryId();
			}
		}
		return entryId;
	}

	private static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	@ModelAttribute("implementations")
	Implementation[] implementations() {
		return Implementation.values();
	}

}
