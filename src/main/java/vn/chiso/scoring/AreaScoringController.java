package vn.chiso.scoring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
import vn.chiso.evidence.DocumentReferenceForm;
import vn.chiso.evidence.EvidenceRejectedException;
import vn.chiso.evidence.EvidenceService;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * An area and its criteria in a round: the agency scores, attaches evidence and submits; its head approves; Sở Nội vụ
 * appraises and returns. Who may do what is checked in the services, whatever the URL.
 */
@Controller
@RequestMapping("/scoring/rounds/{roundId}")
class AreaScoringController {

	private static final String CRITERION_VIEW = "scoring/criterion";

	private final ScoringService scoring;

	private final AppraisalService appraisal;

	private final EvidenceService evidence;

	private final AccessPolicy access;

	AreaScoringController(ScoringService scoring, AppraisalService appraisal, EvidenceService evidence,
			AccessPolicy access) {
		this.scoring = scoring;
		this.appraisal = appraisal;
		this.evidence = evidence;
		this.access = access;
	}

	@GetMapping("/areas/{areaId}")
	String area(@PathVariable Long roundId, @PathVariable Long areaId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("page", this.scoring.area(user, roundId, areaId));
		return "scoring/area";
	}

	@PostMapping("/areas/{areaId}/submit")
	String submit(@PathVariable Long roundId, @PathVariable Long areaId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			AreaStatus status = this.scoring.submit(user, roundId, areaId);
			Flash.success(redirect, status == AreaStatus.AWAITING_APPROVAL ? "scoring.area.sentForApproval"
					: "scoring.area.submitted");
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return areaRedirect(roundId, areaId);
	}

	@PostMapping("/areas/{areaId}/approve")
	String approve(@PathVariable Long roundId, @PathVariable Long areaId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, "scoring.area.submitted", () -> this.scoring.approve(user, roundId, areaId));
		return areaRedirect(roundId, areaId);
	}

	@PostMapping("/areas/{areaId}/send-back")
	String sendBack(@PathVariable Long roundId, @PathVariable Long areaId,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, "scoring.area.sentBack", () -> this.scoring.sendBackToStaff(user, roundId, areaId, reason));
		return areaRedirect(roundId, areaId);
	}

	@PostMapping("/areas/{areaId}/return")
	String returnArea(@PathVariable Long roundId, @PathVariable Long areaId,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, "scoring.area.returned", () -> this.appraisal.returnArea(user, roundId, areaId, reason));
		return areaRedirect(roundId, areaId);
	}

	@GetMapping("/criteria/{criterionId}")
	String showCriterion(@PathVariable Long roundId, @PathVariable Long criterionId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		return criterionView(user, roundId, criterionId, model);
	}

	@PostMapping("/criteria/{criterionId}")
	String saveSelfScore(@PathVariable Long roundId, @PathVariable Long criterionId,
			@Valid @ModelAttribute("scoreForm") ScoreForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ScoringService.checkStaffRole(user);
		if (result.hasErrors()) {
			return criterionView(user, roundId, criterionId, model);
		}
		try {
			this.scoring.saveSelfScore(user, roundId, criterionId, form.getScore(), form.getExplanation(),
					form.getVersion());
			Flash.success(redirect, "scoring.score.saved");
			return criterionRedirect(roundId, criterionId);
		}
		catch (BusinessRuleException ex) {
			reject(result, ex, "explanation");
			return criterionView(user, roundId, criterionId, model);
		}
	}

	@PostMapping("/criteria/{criterionId}/appraisal")
	String appraise(@PathVariable Long roundId, @PathVariable Long criterionId,
			@Valid @ModelAttribute("appraisalForm") ScoreForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.access.checkReview(user);
		if (result.hasErrors()) {
			return criterionView(user, roundId, criterionId, model);
		}
		try {
			this.appraisal.appraise(user, roundId, criterionId, form.getScore(), form.getExplanation(),
					form.getVersion());
			Flash.success(redirect, "scoring.appraisal.saved");
			return criterionRedirect(roundId, criterionId);
		}
		catch (BusinessRuleException ex) {
			reject(result, ex, "explanation");
			return criterionView(user, roundId, criterionId, model);
		}
	}

	@PostMapping("/criteria/{criterionId}/files")
	String upload(@PathVariable Long roundId, @PathVariable Long criterionId,
			HttpServletRequest request, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		MultipartFile file = multipart == null ? null : multipart.getFile("file");
		try {
			this.scoring.uploadEvidence(user, roundId, criterionId, file);
			if (isHtmx(request)) {
				notice(model, "success", "evidence.file.uploaded", file.getOriginalFilename());
				return panel(user, roundId, criterionId, model, FILES_PANEL);
			}
			Flash.success(redirect, "evidence.file.uploaded", file.getOriginalFilename());
			return criterionRedirect(roundId, criterionId);
		}
		catch (EvidenceRejectedException ex) {
			model.addAttribute("uploadError", ex.getMessageKey());
			model.addAttribute("uploadErrorArgs", ex.getArgs().length == 0 ? null : ex.getArgs());
			return isHtmx(request) ? panel(user, roundId, criterionId, model, FILES_PANEL)
					: criterionView(user, roundId, criterionId, model);
		}
		catch (BusinessRuleException ex) {
			if (isHtmx(request)) {
				notice(model, "danger", ex.getMessageKey(), ex.getArgs());
				return panel(user, roundId, criterionId, model, FILES_PANEL);
			}
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
			return criterionRedirect(roundId, criterionId);
		}
	}

	@PostMapping("/criteria/{criterionId}/files/{fileId}/delete")
	String deleteFile(@PathVariable Long roundId, @PathVariable Long criterionId, @PathVariable long fileId,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		if (isHtmx(request)) {
			attempt(model, "scoring.evidence.deleted", () -> this.scoring.deleteFile(user, roundId, criterionId, fileId));
			return panel(user, roundId, criterionId, model, FILES_PANEL);
		}
		Flash.attempt(redirect, "scoring.evidence.deleted", () -> this.scoring.deleteFile(user, roundId, criterionId, fileId));
		return criterionRedirect(roundId, criterionId);
	}

	@PostMapping("/criteria/{criterionId}/references")
	String addReference(@PathVariable Long roundId, @PathVariable Long criterionId,
			@Valid @ModelAttribute("referenceForm") DocumentReferenceForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		ScoringService.checkStaffRole(user);
		boolean htmx = isHtmx(request);
		if (result.hasErrors()) {
			return htmx ? panel(user, roundId, criterionId, model, REFERENCES_PANEL)
					: criterionView(user, roundId, criterionId, model);
		}
		try {
			this.scoring.addReference(user, roundId, criterionId, form);
			if (htmx) {
				notice(model, "success", "evidence.reference.added", form.getNumber());
				model.addAttribute("referenceForm", new DocumentReferenceForm());
				return panel(user, roundId, criterionId, model, REFERENCES_PANEL);
			}
			Flash.success(redirect, "evidence.reference.added", form.getNumber());
			return criterionRedirect(roundId, criterionId);
		}
		catch (BusinessRuleException ex) {
			result.reject(ex.getMessageKey(), ex.getArgs(), null);
			return htmx ? panel(user, roundId, criterionId, model, REFERENCES_PANEL)
					: criterionView(user, roundId, criterionId, model);
		}
	}

	@PostMapping("/criteria/{criterionId}/references/{referenceId}/delete")
	String deleteReference(@PathVariable Long roundId, @PathVariable Long criterionId, @PathVariable long referenceId,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		if (isHtmx(request)) {
			attempt(model, "scoring.evidence.deleted",
					() -> this.scoring.deleteReference(user, roundId, criterionId, referenceId));
			return panel(user, roundId, criterionId, model, REFERENCES_PANEL);
		}
		Flash.attempt(redirect, "scoring.evidence.deleted", () -> this.scoring.deleteReference(user, roundId, criterionId, referenceId));
		return criterionRedirect(roundId, criterionId);
	}

	@PostMapping("/criteria/{criterionId}/citations")
	String cite(@PathVariable Long roundId, @PathVariable Long criterionId,
			@Valid @ModelAttribute("citationForm") CitationForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ScoringService.checkStaffRole(user);
		if (result.hasErrors()) {
			return criterionView(user, roundId, criterionId, model);
		}
		String target = form.getTarget() == null ? "" : form.getTarget().trim();
		Long fileId = target.matches("F\\d{1,18}") ? Long.valueOf(target.substring(1)) : null;
		Long referenceId = target.matches("R\\d{1,18}") ? Long.valueOf(target.substring(1)) : null;
		try {
			this.scoring.cite(user, roundId, criterionId, fileId, referenceId, form.getPointer());
			Flash.success(redirect, "scoring.citation.added");
			return criterionRedirect(roundId, criterionId);
		}
		catch (BusinessRuleException ex) {
			result.rejectValue("target", ex.getMessageKey(), ex.getArgs(), null);
			return criterionView(user, roundId, criterionId, model);
		}
	}

	private String criterionView(CurrentUser user, Long roundId, Long criterionId, Model model) {
		CriterionPage page = this.scoring.criterion(user, roundId, criterionId);
		model.addAttribute("page", page);
		if (!model.containsAttribute("scoreForm")) {
			model.addAttribute("scoreForm", ScoreForm.of(page.self(), page.explanation(), page.version()));
		}
		if (!model.containsAttribute("appraisalForm")) {
			model.addAttribute("appraisalForm",
					ScoreForm.of(page.appraised(), page.appraisalComment(), page.version()));
		}
		if (!model.containsAttribute("referenceForm")) {
			model.addAttribute("referenceForm", new DocumentReferenceForm());
		}
		if (!model.containsAttribute("citationForm")) {
			model.addAttribute("citationForm", new CitationForm());
		}
		model.addAttribute("citable", page.canEdit() && page.agencyId() != null
				? this.evidence.citable(page.agencyId(), ScoringService.OWNER_TYPE, page.scoreId()) : java.util.List.of());
		model.addAttribute("maxMb", this.evidence.maxFileSize() / (1024 * 1024));
		return CRITERION_VIEW;
	}

	/*
	 * With htmx (JavaScript on) the evidence forms post in the background and get their panel back, which replaces
	 * only that panel: a score or explanation typed and not yet saved stays on the page. Without JavaScript they are
	 * plain POST-redirect-GET.
	 */

	private static final String FILES_PANEL = "evidence/fragments :: filesPanel(files=${page.files}, "
			+ "canEdit=${page.canEdit}, uploadUrl=${'/scoring/rounds/' + page.round.id + '/criteria/' + page.criterionId + '/files'}, "
			+ "deleteUrl=${'/scoring/rounds/' + page.round.id + '/criteria/' + page.criterionId + '/files/{id}/delete'}, "
			+ "maxMb=${maxMb}, error=${uploadError})";

	private static final String REFERENCES_PANEL = "evidence/fragments :: referencesPanel(references=${page.references}, "
			+ "canEdit=${page.canEdit}, addUrl=${'/scoring/rounds/' + page.round.id + '/criteria/' + page.criterionId + '/references'}, "
			+ "deleteUrl=${'/scoring/rounds/' + page.round.id + '/criteria/' + page.criterionId + '/references/{id}/delete'})";

	private String panel(CurrentUser user, Long roundId, Long criterionId, Model model, String panel) {
		criterionView(user, roundId, criterionId, model);
		return panel;
	}

	private static void notice(Model model, String level, String key, Object... args) {
		model.addAttribute("evidenceNotice", new Flash(level, key, args));
	}

	private static void attempt(Model model, String successKey, Runnable action) {
		try {
			action.run();
			notice(model, "success", successKey);
		}
		catch (BusinessRuleException ex) {
			notice(model, "danger", ex.getMessageKey(), ex.getArgs());
		}
	}

	private static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	private static void reject(BindingResult result, BusinessRuleException ex, String textField) {
		String key = ex.getMessageKey();
		if (key.startsWith("scoring.score.") || key.startsWith("common.decimal.")) {
			result.rejectValue("score", key, ex.getArgs(), null);
		}
		else if (key.equals("scoring.explanation.required") || key.equals("scoring.appraisal.commentRequired")) {
			result.rejectValue(textField, key, ex.getArgs(), null);
		}
		else {
			result.reject(key, ex.getArgs(), null);
		}
	}

	private static String areaRedirect(Long roundId, Long areaId) {
		return "redirect:/scoring/rounds/" + roundId + "/areas/" + areaId;
	}

	private static String criterionRedirect(Long roundId, Long criterionId) {
		return "redirect:/scoring/rounds/" + roundId + "/criteria/" + criterionId;
	}

}
