package vn.chiso.agencyscore;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyKind;
import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.agencyscore.AssessmentStore.AssessmentRow;
import vn.chiso.catalog.CriteriaTree.Node;
import vn.chiso.agencyscore.AssessmentStore.RoundRow;
import vn.chiso.agencyscore.AssessmentStore.ScoreRow;
import vn.chiso.agencyscore.AssessmentViews.AssessmentPage;
import vn.chiso.agencyscore.AssessmentViews.AssessmentSummary;
import vn.chiso.agencyscore.AssessmentViews.CriterionLine;
import vn.chiso.agencyscore.AssessmentViews.RoundView;
import vn.chiso.audit.AuditService;
import vn.chiso.catalog.CatalogService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.NotFoundException;
import vn.chiso.evidence.EvidenceService;
import vn.chiso.scoring.ScoreCalculator;
import vn.chiso.scoring.ScoreInput;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

/**
 * The yearly assessment of the province's agencies: Sở Nội vụ opens a round on the active criteria set of the year and
 * subject (which locks the set), each participating agency self-scores and submits (through its head where required),
 * Sở Nội vụ appraises, the agency may explain (giải trình) each appraisal once before the explanation deadline, Sở Nội
 * vụ sets the final score and finalises the round, which fixes totals, ranks and bands. Every check is made here,
 * whatever page or URL the request came from; every change is audited.
 */
@Service
public class AgencyAssessmentService {

	/** Evidence owner type of a criterion's score in an agency assessment. */
	public static final String EVIDENCE_OWNER = "AGENCY_ASSESSMENT";

	static final String ROUND_ENTITY = "AGENCY_ASSESSMENT_ROUND";

	static final String ENTITY = "AGENCY_ASSESSMENT";

	static final List<String> SUBJECTS = List.of("SO_BAN_NGANH", "UBND_XA");

	private final AssessmentStore store;

	private final AgencyService agencies;

	private final CatalogService catalog;

	private final EvidenceService evidence;

	private final AccessPolicy access;

	private final AuditService audit;

	private Clock clock = Clock.systemDefaultZone();

	AgencyAssessmentService(AssessmentStore store, AgencyService agencies, CatalogService catalog,
			EvidenceService evidence, AccessPolicy access, AuditService audit) {
		this.store = store;
		this.agencies = agencies;
		this.catalog = catalog;
		this.evidence = evidence;
		this.access = access;
		this.audit = audit;
	}

	/** For tests of the deadlines. */
	void setClock(Clock clock) {
		this.clock = clock;
	}

	// ---- rounds

	@Transactional(readOnly = true)
	public List<RoundView> rounds() {
		return this.store.rounds().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public RoundView round(long roundId) {
		return view(loadRound(roundId));
	}

	/**
	 * Opens the round of a year and subject for the agencies of the group valid on 31/12 of the year. The group is
	 * the named agency group {@code groupCode} (default: the subject's code) or, when there is no such group, every
	 * agency of the subject's kind.
	 * @throws BusinessRuleException agencyscore.round.exists, .noSet, .noAgencies, .deadlines, .subject
	 */
	@Transactional
	public RoundView open(CurrentUser user, int year, String subject, String groupCode, LocalDate selfDeadline,
			LocalDate appraisalDeadline, LocalDate explanationDeadline) {
		this.access.checkReview(user);
		if (!SUBJECTS.contains(subject)) {
			throw new BusinessRuleException("agencyscore.round.subject.invalid");
		}
		if (selfDeadline == null || appraisalDeadline == null || explanationDeadline == null
				|| appraisalDeadline.isBefore(selfDeadline) || explanationDeadline.isBefore(appraisalDeadline)) {
			throw new BusinessRuleException("agencyscore.round.deadlines");
		}
		if (this.store.roundExists(year, subject)) {
			throw new BusinessRuleException("agencyscore.round.exists", String.valueOf(year));
		}
		long setId = this.store.activeSet(year, subject)
			.orElseThrow(() -> new BusinessRuleException("agencyscore.round.noSet", String.valueOf(year)));
		List<AgencyView> members = participants(year, subject, groupCode);
		if (members.isEmpty()) {
			throw new BusinessRuleException("agencyscore.round.noAgencies");
		}
		List<Long> leaves = leaves(this.store.tree(setId)).stream().map(Node::id).toList();
		if (leaves.isEmpty()) {
			throw new BusinessRuleException("agencyscore.round.noCriteria");
		}
		this.catalog.lock(setId);
		long roundId = this.store.insertRound(setId, year, subject, selfDeadline, appraisalDeadline,
				explanationDeadline, Ranking.Bands.DEFAULT, user.id());
		for (AgencyView agency : members) {
			this.store.insertAssessment(roundId, agency.id(), leaves);
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("year", year);
		after.put("subject", subject);
		after.put("setId", setId);
		after.put("agencies", members.stream().map(AgencyView::code).toList());
		after.put("explanationDeadline", explanationDeadline.toString());
		this.audit.record("AGENCY_ASSESSMENT_ROUND_OPENED", ROUND_ENTITY, roundId, null,
				"Mở đợt chấm điểm cơ quan năm " + year + " (" + subject + ")", null, after);
		return round(roundId);
	}

	/**
	 * Changes the round's settings while it is open: the explanation deadline and the band thresholds (percent of the
	 * maximum, Xuất sắc ≥ Tốt ≥ Khá ≥ Trung bình ≥ 0, at most 100).
	 * @throws BusinessRuleException agencyscore.round.bands or .deadlines
	 */
	@Transactional
	public void changeSettings(CurrentUser user, long roundId, LocalDate explanationDeadline, Ranking.Bands bands) {
		this.access.checkReview(user);
		RoundRow round = openRound(roundId);
		if (bands == null || bands.excellent() == null || bands.good() == null || bands.fair() == null
				|| bands.average() == null || bands.excellent().compareTo(BigDecimal.valueOf(100)) > 0
				|| bands.excellent().compareTo(bands.good()) < 0 || bands.good().compareTo(bands.fair()) < 0
				|| bands.fair().compareTo(bands.average()) < 0 || bands.average().signum() < 0) {
			throw new BusinessRuleException("agencyscore.round.bands");
		}
		if (explanationDeadline == null || explanationDeadline.isBefore(round.appraisalDeadline())) {
			throw new BusinessRuleException("agencyscore.round.deadlines");
		}
		this.store.changeSettings(roundId, explanationDeadline, bands);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("explanationDeadline", round.explanationDeadline().toString());
		before.put("bands", round.bands().toString());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("explanationDeadline", explanationDeadline.toString());
		after.put("bands", bands.toString());
		this.audit.record("AGENCY_ASSESSMENT_ROUND_SETTINGS", ROUND_ENTITY, roundId, null,
				"Thay đổi hạn giải trình, ngưỡng xếp loại đợt chấm điểm năm " + round.year(), before, after);
	}

	private List<AgencyView> participants(int year, String subject, String groupCode) {
		LocalDate lastDay = LocalDate.of(year, 12, 31);
		String code = groupCode == null || groupCode.isBlank() ? subject : groupCode.trim();
		boolean groupExists = this.agencies.groups().stream().anyMatch(g -> g.code().equals(code));
		if (groupExists) {
			return this.agencies.resolveGroup(code, lastDay);
		}
		AgencyKind kind = AgencyKind.valueOf(subject);
		return this.agencies.validOn(lastDay).stream().filter(a -> a.kind() == kind).toList();
	}

	/** The assessments of a round: every one for the province's roles, the user's own agency's otherwise. */
	@Transactional(readOnly = true)
	public List<AssessmentSummary> assessments(CurrentUser user, long roundId) {
		loadRound(roundId);
		Map<Long, AgencyView> byId = this.agencies.byId();
		return this.store.assessments(roundId)
			.stream()
			.filter(a -> this.access.canRead(user, a.agencyId()))
			.map(a -> summary(a, byId))
			.sorted(java.util.Comparator.comparing(AssessmentSummary::agencyName,
					vn.chiso.common.VietnameseText.comparing(s -> s)))
			.toList();
	}

	// ---- an agency's assessment

	@Transactional(readOnly = true)
	public AssessmentPage assessment(CurrentUser user, long assessmentId) {
		AssessmentRow a = loadAssessment(assessmentId);
		this.access.checkRead(user, a.agencyId());
		RoundRow round = loadRound(a.roundId());
		Map<Long, ScoreRow> scores = this.store.scores(assessmentId);
		List<Node> tree = this.store.tree(round.setId());
		ScoreCalculator.Result totals = calculate(tree, scores);
		List<CriterionLine> lines = new ArrayList<>();
		for (Node n : tree) {
			ScoreRow s = scores.get(n.id());
			ScoreCalculator.Totals t = totals.of(n.id());
			lines.add(new CriterionLine(n.id(), n.code(), n.name(), n.depth(), s != null, n.maxPoints(), n.step(),
					s == null ? null : s.id(), s == null ? t.self() : s.self(), s == null ? null : s.explanation(),
					s == null ? null : s.appraised(), s == null ? null : s.appraisalComment(),
					s == null ? null : s.response(), s == null ? null : s.finalScore(),
					s == null ? null : s.finalComment(), t.effective(),
					s == null ? List.of() : this.evidence.list(EVIDENCE_OWNER, s.id())));
		}
		boolean open = "OPEN".equals(round.status());
		boolean draft = "DRAFT".equals(a.status());
		boolean submitted = "SUBMITTED".equals(a.status());
		boolean inTime = !today().isAfter(round.explanationDeadline());
		return new AssessmentPage(summary(a, this.agencies.byId()), view(round), lines, totals.total().max(),
				totals.total().self(), totals.total().effective(),
				open && draft && this.access.canWrite(user, a.agencyId()),
				open && draft && this.access.canWrite(user, a.agencyId()),
				open && "AWAITING_APPROVAL".equals(a.status()) && this.access.canApprove(user, a.agencyId()),
				open && submitted && this.access.canReview(user),
				open && submitted && inTime && this.access.canWrite(user, a.agencyId()));
	}

	/**
	 * Saves the agency's self score and explanation of a leaf criterion while its assessment is a draft.
	 * @throws BusinessRuleException scoring.score.* for a bad number, agencyscore.notDraft when submitted
	 */
	@Transactional
	public void saveSelfScore(CurrentUser user, long assessmentId, long criterionId, String scoreText,
			String explanation) {
		checkStaffRole(user);
		AssessmentRow a = loadAssessment(assessmentId);
		this.access.checkWrite(user, a.agencyId());
		RoundRow round = openRound(a.roundId());
		if (!"DRAFT".equals(a.status())) {
			throw new BusinessRuleException("agencyscore.notDraft");
		}
		Node node = leaf(round, criterionId);
		ScoreRow s = score(assessmentId, criterionId);
		BigDecimal value = ScoreInput.parse(scoreText, node.maxPoints(), node.step());
		String text = trim(explanation, 4000);
		this.store.saveSelf(s.id(), value, text, user.id());
		this.audit.record("AGENCY_ASSESSMENT_SCORED", ENTITY, assessmentId, a.agencyId(),
				"Tự chấm tiêu chí " + node.code() + ": " + (value == null ? "—" : value.toPlainString()),
				change("selfScore", s.self(), "explanation", s.explanation()),
				change("selfScore", value, "explanation", text));
	}

	/** Attaches an evidence file to a leaf criterion of a draft assessment (stored by the evidence feature). */
	public void uploadEvidence(CurrentUser user, long assessmentId, long criterionId,
			org.springframework.web.multipart.MultipartFile file) {
		checkStaffRole(user);
		AssessmentRow a = loadAssessment(assessmentId);
		this.access.checkWrite(user, a.agencyId());
		openRound(a.roundId());
		if (!"DRAFT".equals(a.status())) {
			throw new BusinessRuleException("agencyscore.notDraft");
		}
		ScoreRow s = score(assessmentId, criterionId);
		this.evidence.store(user, a.agencyId(), EVIDENCE_OWNER, s.id(), file);
	}

	/**
	 * Submits the agency's scores to Sở Nội vụ; staff of an agency that requires its head's approval send it to the
	 * head instead. Every scorable criterion must be scored.
	 * @return the new status: AWAITING_APPROVAL or SUBMITTED
	 */
	@Transactional
	public String submit(CurrentUser user, long assessmentId) {
		checkStaffRole(user);
		AssessmentRow a = loadAssessment(assessmentId);
		this.access.checkWrite(user, a.agencyId());
		openRound(a.roundId());
		if (!"DRAFT".equals(a.status())) {
			throw new BusinessRuleException("agencyscore.notDraft");
		}
		long missing = this.store.scores(assessmentId).values().stream().filter(s -> s.self() == null).count();
		if (missing > 0) {
			throw new BusinessRuleException("agencyscore.submit.missing", missing);
		}
		boolean viaHead = this.agencies.get(a.agencyId()).requiresHeadApproval()
				&& !user.hasRole(Role.LANH_DAO_DON_VI);
		String status = viaHead ? "AWAITING_APPROVAL" : "SUBMITTED";
		this.store.setStatus(assessmentId, status, user.id());
		this.audit.record(viaHead ? "AGENCY_ASSESSMENT_SENT_FOR_APPROVAL" : "AGENCY_ASSESSMENT_SUBMITTED", ENTITY,
				assessmentId, a.agencyId(), "Gửi kết quả tự chấm điểm", Map.of("status", a.status()),
				Map.of("status", status));
		return status;
	}

	/** The agency's head approves and submits what the staff prepared. */
	@Transactional
	public void approve(CurrentUser user, long assessmentId) {
		AssessmentRow a = loadAssessment(assessmentId);
		this.access.checkApprove(user, a.agencyId());
		openRound(a.roundId());
		if (!"AWAITING_APPROVAL".equals(a.status())) {
			throw new BusinessRuleException("agencyscore.notAwaitingApproval");
		}
		this.store.setStatus(assessmentId, "SUBMITTED", user.id());
		this.audit.record("AGENCY_ASSESSMENT_SUBMITTED", ENTITY, assessmentId, a.agencyId(),
				"Lãnh đạo phê duyệt và gửi kết quả tự chấm điểm", Map.of("status", a.status()),
				Map.of("status", "SUBMITTED"));
	}

	/** Sở Nội vụ's appraisal of a criterion of a submitted assessment (appraised score and comment). */
	@Transactional
	public void appraise(CurrentUser user, long assessmentId, long criterionId, String scoreText, String comment) {
		this.access.checkReview(user);
		AssessmentRow a = loadAssessment(assessmentId);
		RoundRow round = openRound(a.roundId());
		if (!"SUBMITTED".equals(a.status())) {
			throw new BusinessRuleException("agencyscore.notSubmitted");
		}
		Node node = leaf(round, criterionId);
		ScoreRow s = score(assessmentId, criterionId);
		BigDecimal value = ScoreInput.parse(scoreText, node.maxPoints(), node.step());
		if (value == null) {
			throw new BusinessRuleException("agencyscore.appraisal.required");
		}
		String text = trim(comment, 2000);
		this.store.saveAppraisal(s.id(), value, text, user.id());
		this.audit.record("AGENCY_ASSESSMENT_APPRAISED", ENTITY, assessmentId, a.agencyId(),
				"Thẩm định tiêu chí " + node.code() + ": " + value.toPlainString(),
				change("appraisedScore", s.appraised(), "comment", s.appraisalComment()),
				change("appraisedScore", value, "comment", text));
	}

	/**
	 * The agency's explanation (giải trình) of an appraisal: once per criterion, until the round's explanation
	 * deadline, only where the appraisal differs from nothing (there must be one).
	 */
	@Transactional
	public void respond(CurrentUser user, long assessmentId, long criterionId, String response) {
		checkStaffRole(user);
		AssessmentRow a = loadAssessment(assessmentId);
		this.access.checkWrite(user, a.agencyId());
		RoundRow round = openRound(a.roundId());
		ScoreRow s = score(assessmentId, criterionId);
		if (s.appraised() == null) {
			throw new BusinessRuleException("agencyscore.response.noAppraisal");
		}
		if (s.response() != null) {
			throw new BusinessRuleException("agencyscore.response.once");
		}
		if (today().isAfter(round.explanationDeadline())) {
			throw new BusinessRuleException("agencyscore.response.late",
					round.explanationDeadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		String text = trim(response, 4000);
		if (text == null) {
			throw new BusinessRuleException("agencyscore.response.required");
		}
		this.store.saveResponse(s.id(), text, user.id());
		this.audit.record("AGENCY_ASSESSMENT_EXPLAINED", ENTITY, assessmentId, a.agencyId(),
				"Giải trình kết quả thẩm định", null, Map.of("criterionId", criterionId, "response", text));
	}

	/** Sở Nội vụ's final score of an appraised criterion after the explanation: keep (blank) or adjust. */
	@Transactional
	public void decide(CurrentUser user, long assessmentId, long criterionId, String scoreText, String comment) {
		this.access.checkReview(user);
		AssessmentRow a = loadAssessment(assessmentId);
		RoundRow round = openRound(a.roundId());
		Node node = leaf(round, criterionId);
		ScoreRow s = score(assessmentId, criterionId);
		if (s.appraised() == null) {
			throw new BusinessRuleException("agencyscore.response.noAppraisal");
		}
		BigDecimal value = ScoreInput.parse(scoreText, node.maxPoints(), node.step());
		BigDecimal kept = value == null ? s.appraised() : value;
		String text = trim(comment, 2000);
		this.store.saveFinal(s.id(), kept, text, user.id());
		this.audit.record("AGENCY_ASSESSMENT_FINAL_SCORE", ENTITY, assessmentId, a.agencyId(),
				"Chốt điểm tiêu chí " + node.code() + ": " + kept.toPlainString(),
				change("finalScore", s.finalScore(), "comment", s.finalComment()),
				change("finalScore", kept, "comment", text));
	}

	/**
	 * Finalises the round: every agency submitted and every criterion appraised. Fixes totals (final, else appraised
	 * scores), ranks (same total, same rank) and bands from the round's settings.
	 */
	@Transactional
	public void finalise(CurrentUser user, long roundId) {
		this.access.checkReview(user);
		RoundRow round = openRound(roundId);
		List<AssessmentRow> all = this.store.assessments(roundId);
		long notSubmitted = all.stream().filter(a -> !"SUBMITTED".equals(a.status())).count();
		if (notSubmitted > 0) {
			throw new BusinessRuleException("agencyscore.finalise.notSubmitted", notSubmitted);
		}
		List<Node> tree = this.store.tree(round.setId());
		Map<Long, ScoreCalculator.Totals> totals = new LinkedHashMap<>();
		for (AssessmentRow a : all) {
			Map<Long, ScoreRow> scores = this.store.scores(a.id());
			if (scores.values().stream().anyMatch(s -> s.appraised() == null)) {
				throw new BusinessRuleException("agencyscore.finalise.notAppraised",
						this.agencies.get(a.agencyId()).name());
			}
			totals.put(a.id(), calculate(tree, scores).total());
		}
		Map<Long, BigDecimal> effective = new LinkedHashMap<>();
		totals.forEach((id, t) -> effective.put(id, t.effective()));
		Map<Long, Integer> ranks = Ranking.ranks(effective);
		for (AssessmentRow a : all) {
			ScoreCalculator.Totals t = totals.get(a.id());
			Ranking.Band band = round.bands().of(Ranking.percent(t.effective(), t.max()));
			this.store.setResult(a.id(), t.effective(), t.max(), ranks.get(a.id()), band.name());
		}
		this.store.finaliseRound(roundId);
		Map<String, Object> after = new LinkedHashMap<>();
		all.forEach(a -> after.put(this.agencies.get(a.agencyId()).code(),
				effective.get(a.id()).toPlainString() + " #" + ranks.get(a.id())));
		this.audit.record("AGENCY_ASSESSMENT_ROUND_FINALISED", ROUND_ENTITY, roundId, null,
				"Chốt kết quả chấm điểm cơ quan năm " + round.year(), Map.of("status", "OPEN"), after);
	}

	// ---- helpers shared with the ranking

	static List<Node> leaves(List<Node> tree) {
		return tree.stream().filter(Node::scorable).toList();
	}

	/** Totals with the final score (else appraised) as the appraised part of each leaf. */
	static ScoreCalculator.Result calculate(List<Node> tree, Map<Long, ScoreRow> scores) {
		List<ScoreCalculator.Input> inputs = new ArrayList<>();
		for (Node n : tree) {
			ScoreRow s = scores.get(n.id());
			inputs.add(new ScoreCalculator.Input(n.id(), n.parentId(), n.maxPoints(), n.selfAppraised(), false,
					s == null ? null : s.self(), s == null ? null : s.counted()));
		}
		return ScoreCalculator.calculate(inputs);
	}

	/** Only an agency's staff and head (and Sở Nội vụ for itself) enter scores: a role check before any lookup. */
	static void checkStaffRole(CurrentUser user) {
		if (!user.hasRole(Role.CAN_BO_DON_VI) && !user.hasRole(Role.LANH_DAO_DON_VI) && !user.hasRole(Role.SO_NOI_VU)) {
			throw new AccessDeniedException("agency scoring not writable by " + user.getUsername());
		}
	}

	RoundRow loadRound(long roundId) {
		return this.store.round(roundId).orElseThrow(() -> new NotFoundException("agencyscore.round.notFound", roundId));
	}

	private RoundRow openRound(long roundId) {
		RoundRow round = loadRound(roundId);
		if (!"OPEN".equals(round.status())) {
			throw new BusinessRuleException("agencyscore.round.finalised");
		}
		return round;
	}

	private AssessmentRow loadAssessment(long id) {
		return this.store.assessment(id).orElseThrow(() -> new NotFoundException("agencyscore.notFound", id));
	}

	private Node leaf(RoundRow round, long criterionId) {
		return leaves(this.store.tree(round.setId())).stream()
			.filter(n -> n.id() == criterionId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("agencyscore.criterion.notFound", criterionId));
	}

	private ScoreRow score(long assessmentId, long criterionId) {
		ScoreRow s = this.store.scores(assessmentId).get(criterionId);
		if (s == null) {
			throw new NotFoundException("agencyscore.criterion.notFound", criterionId);
		}
		return s;
	}

	private RoundView view(RoundRow r) {
		List<AssessmentRow> all = this.store.assessments(r.id());
		int submitted = (int) all.stream().filter(a -> "SUBMITTED".equals(a.status())).count();
		return new RoundView(r.id(), r.year(), r.subject(), r.setId(), r.setName(), r.status(), r.selfDeadline(),
				r.appraisalDeadline(), r.explanationDeadline(), r.bands(), all.size(), submitted);
	}

	private static AssessmentSummary summary(AssessmentRow a, Map<Long, AgencyView> byId) {
		AgencyView agency = byId.get(a.agencyId());
		return new AssessmentSummary(a.id(), a.roundId(), a.agencyId(), agency == null ? "?" : agency.name(),
				a.status(), a.total(), a.rank(), a.band());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static String trim(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		return t.length() > max ? t.substring(0, max) : t;
	}

	private static Map<String, Object> change(String k1, Object v1, String k2, Object v2) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put(k1, v1 instanceof BigDecimal d ? d.toPlainString() : v1);
		m.put(k2, v2);
		return m;
	}

}
