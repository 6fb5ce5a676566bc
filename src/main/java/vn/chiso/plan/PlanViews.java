package vn.chiso.plan;

import java.time.LocalDate;
import java.util.List;

import vn.chiso.agency.AgencyView;
import vn.chiso.schedule.ScheduleKind;

/** The records the plan feature hands to views and to other features. */
public final class PlanViews {

	private PlanViews() {
	}

	public record PlanSummary(Long id, String code, LocalDate issueDate, String title, String issuingBody,
			String signer, int firstYear, int lastYear, String replacesText, Long replacesPlanId,
			String replacesPlanCode, PlanStatus status, long version, int taskCount, DocumentKind documentKind) {

		public PlanSummary(Long id, String code, LocalDate issueDate, String title, String issuingBody, String signer,
				int firstYear, int lastYear, String replacesText, Long replacesPlanId, String replacesPlanCode,
				PlanStatus status, long version, int taskCount) {
			this(id, code, issueDate, title, issuingBody, signer, firstYear, lastYear, replacesText, replacesPlanId,
					replacesPlanCode, status, version, taskCount, DocumentKind.PLAN);
		}

		/** The day group membership is resolved at for this plan: today while it is in force, else its first day. */
		public LocalDate referenceDate(LocalDate today) {
			LocalDate first = LocalDate.of(this.firstYear, 1, 1);
			LocalDate last = LocalDate.of(this.lastYear, 12, 31);
			return today.isBefore(first) || today.isAfter(last) ? first : today;
		}

	}

	/** A section in document order; level 1 appendix, 2 group, 3 subgroup. */
	public record SectionView(Long id, Long parentId, int level, String label, String title, String indexCode,
			Long criterionId, String criterionName) {
	}

	public record CriterionLink(Long id, String indexCode, int year, String code, String name) {
	}

	/**
	 * A task as issued, with its links. {@code lead} and {@code cooperating} are the resolved items of the document's
	 * cells ({@code leadText}, {@code cooperatingText}); groups are resolved to agencies by
	 * {@link TaskQueries#agenciesAt}.
	 */
	public record TaskView(Long id, Long planId, String planCode, Long sectionId, String sectionPath, String number,
			String content, String target, String leadText, String cooperatingText, String timingText,
			String completionText, ScheduleKind scheduleKind, String scheduleJson, String timingExplanation,
			String indexCode, List<CriterionLink> criteria, List<AssignmentItem> lead, List<AssignmentItem> cooperating,
			int displayOrder, long version) {

		public boolean timingUnderstood() {
			return this.scheduleKind != ScheduleKind.UNKNOWN;
		}

		public boolean hasUnresolvedAgencies() {
			return this.lead.stream().anyMatch(i -> !i.resolved())
					|| this.cooperating.stream().anyMatch(i -> !i.resolved());
		}

		/** The first lead item's label, for sorting by agency. */
		public String firstLeadLabel() {
			return this.lead.isEmpty() ? this.leadText : this.lead.get(0).label();
		}

	}

	/** A task's lead and cooperating agencies on a date, groups expanded; unresolved text kept apart. */
	public record TaskAgencies(Long taskId, LocalDate date, List<AgencyView> lead, List<AgencyView> cooperating,
			List<String> unresolvedLead, List<String> unresolvedCooperating) {
	}

	/** Filters of the task list; null or blank = no filter. */
	public record TaskFilter(Long planId, String indexCode, Long criterionId, Long leadAgencyId,
			Long cooperatingAgencyId, ScheduleKind scheduleKind, String q, boolean sortByAgency) {

		public static TaskFilter none() {
			return new TaskFilter(null, null, null, null, null, null, null, false);
		}

	}

	/**
	 * A plan as a document: its head, its sections in document order (the remedial section only when asked) and its
	 * tasks in order, each naming its section. Reports lay it out; the plan module owns what it contains.
	 */
	public record PlanDocument(long planId, String code, String title, LocalDate issueDate, String issuingBody,
			List<DocumentSection> sections, List<DocumentTask> tasks) {
	}

	/** A section of a plan document: level 1 is an appendix, deeper levels are groups. */
	public record DocumentSection(long id, Long parentId, int level, String label, String title, String indexCode) {
	}

	/**
	 * A task of a plan document, as printed, with the date it must be finished by where its timing names one (a
	 * deadline or the end of a window).
	 */
	public record DocumentTask(long id, long sectionId, String number, String content, String leadText,
			String cooperatingText, String timingText, String completionText, String indexCode, LocalDate due) {
	}

	/**
	 * A task of a plan in force in a year, with what decides which periods it is reported in: its schedule and the
	 * index it serves (its own, else its nearest section's).
	 */
	public record TaskInForce(long id, String scheduleKind, String scheduleJson, String indexCode) {
	}

	/**
	 * The criteria a task serves as its plan records them.
	 *
	 * @param indexCode the index the task serves: its own, else its nearest section's (null: none)
	 * @param sectionCriteria the criteria named by its section, the section's parent and grandparent, nearest first
	 * @param linkedCriteria the criteria the task itself is linked to, in id order
	 */
	public record TaskCriteria(long taskId, String indexCode, List<Long> sectionCriteria, List<Long> linkedCriteria) {
	}

	/**
	 * One resolved item of a task's lead (chủ trì) or cooperating (phối hợp) cell: an agency, a group by code, or
	 * text nobody could resolve; lead items first, each cell in its written order.
	 */
	public record TaskAssignment(long taskId, boolean lead, AssignmentKind kind, Long agencyId, String groupCode) {
	}

}
