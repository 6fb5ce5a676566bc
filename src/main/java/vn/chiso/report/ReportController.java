package vn.chiso.report;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.common.Flash;
import vn.chiso.common.NotFoundException;
import vn.chiso.common.VietnameseText;
import vn.chiso.security.CurrentUser;

/**
 * The "Báo cáo" page and its downloads. A download either streams at once (GET /reports/download, works without
 * JavaScript) or, from the page with htmx, runs as a background job the page polls (POST /reports/jobs).
 */
@Controller
@RequestMapping("/reports")
class ReportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final List<String> PERIODS = List.of("QUARTER-1", "QUARTER-2", "HALF_YEAR-1", "QUARTER-3",
			"NINE_MONTHS-1", "QUARTER-4", "YEAR-1");

	private final ReportService reports;

	private final ReportJobs jobs;

	private final ReportQueries queries;

	private final AgencyService agencies;

	/** How long an answer about a job built here waits for it to finish (the page then shows the file at once). */
	private final Duration answerWait;

	ReportController(ReportService reports, ReportJobs jobs, ReportQueries queries, AgencyService agencies,
			@Value("${app.report.answer-wait:2s}") Duration answerWait) {
		this.reports = reports;
		this.answerWait = answerWait;
		this.jobs = jobs;
		this.queries = queries;
		this.agencies = agencies;
	}

	@GetMapping
	String showReports(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String job,
			Model model) {
		ReportDefaults defaults = this.reports.defaults(LocalDate.now());
		model.addAttribute("kinds", this.reports.kindsFor(user));
		model.addAttribute("defaults", defaults);
		model.addAttribute("plans", this.queries.plans());
		model.addAttribute("periods", PERIODS);
		List<AgencyView> agencyOptions = user.seesAllAgencies()
				? this.agencies.findAll().stream().sorted(VietnameseText.comparing(AgencyView::name)).toList()
				: user.agencyId() == null ? List.of() : List.of(this.agencies.get(user.agencyId()));
		model.addAttribute("agencies", agencyOptions);
		if (job != null) {
			this.jobs.find(user, job).ifPresent(j -> model.addAttribute("job", j));
		}
		return "report/list";
	}

	/** Streams the workbook straight to the response; SXSSF keeps at most a window of rows in memory. */
	@GetMapping("/download")
	String download(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ReportRequest request,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		this.reports.checkAccess(user, request);
		if (!request.noRoundConfirmed()) {
			java.util.Optional<String> withoutRound = this.reports.periodWithoutRound(request);
			if (withoutRound.isPresent()) {
				Flash.warning(redirect, "report.noRound.warning", withoutRound.get());
				return "redirect:/reports";
			}
		}
		ReportService.PreparedReport report = this.reports.prepare(user, request);
		prepareResponse(response, report.fileName());
		report.writer().accept(response.getOutputStream());
		response.flushBuffer();
		return null;
	}

	@PostMapping("/jobs")
	String startJob(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ReportRequest request,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		if (!request.noRoundConfirmed()) {
			java.util.Optional<String> withoutRound = this.reports.periodWithoutRound(request);
			if (withoutRound.isPresent()) {
				this.reports.checkAccess(user, request);
				if (htmx == null) {
					Flash.warning(redirect, "report.noRound.warning", withoutRound.get());
					return "redirect:/reports";
				}
				model.addAttribute("periodLabel", withoutRound.get());
				model.addAttribute("kind", request.kind());
				return "report/fragments :: noRound";
			}
		}
		ReportJobs.JobView started = this.jobs.start(user, request);
		// a report that takes less than the wait is offered at once, without a poll
		ReportJobs.JobView job = started.refused() ? started
				: this.jobs.find(user, started.id(), this.answerWait).orElse(started);
		if (htmx == null) {
			if (job.refused()) {
				Flash.error(redirect, job.messageKey(), job.messageArgs());
				return "redirect:/reports";
			}
			return "redirect:/reports?job=" + job.id();
		}
		model.addAttribute("job", job);
		return "report/fragments :: job";
	}

	@GetMapping("/jobs/{id}")
	String showJob(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (htmx == null) {
			return "redirect:/reports?job=" + id;
		}
		model.addAttribute("job", this.jobs.find(user, id, this.answerWait).orElse(null));
		return "report/fragments :: job";
	}

	@GetMapping("/jobs/{id}/file")
	void downloadJob(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, HttpServletResponse response)
			throws IOException {
		String fileName = this.jobs.fileName(user, id).orElseThrow(() -> new NotFoundException("report.job.gone"));
		prepareResponse(response, fileName);
		if (!this.jobs.download(user, id, response.getOutputStream())) {
			throw new NotFoundException("report.job.gone");
		}
		response.flushBuffer();
	}

	private static void prepareResponse(HttpServletResponse response, String fileName) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
