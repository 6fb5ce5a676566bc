package vn.chiso.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import vn.chiso.schedule.ScheduleJson;

import vn.chiso.catalog.CatalogLookup;
import vn.chiso.catalog.CriterionRef;
import vn.chiso.schedule.ParsedTiming;
import vn.chiso.schedule.TimingParser;

/**
 * Turns a {@link PlanWorkbook} into a {@link ParsedPlan}: sections with the index and component they serve, tasks with
 * their agencies resolved, timing parsed and criteria linked, and every problem by sheet, row and column. Reads the
 * database (agencies, catalog) but never writes.
 */
@Component
class PlanInterpreter {

	private static final Pattern GROUP_LETTER = Pattern.compile("^[A-HJ-UW-Z]$");

	private static final Pattern ROMAN = Pattern.compile("^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$");

	private static final Pattern INTEGER = Pattern.compile("^\\d+$");


	private final AgencyNameMatcher matcher;

	private final CatalogLookup catalog;

	private final TimingParser timing;

	PlanInterpreter(AgencyNameMatcher matcher, CatalogLookup catalog, TimingParser timing) {
		this.matcher = matcher;
		this.catalog = catalog;
		this.timing = timing;
	}

	ParsedPlan interpret(PlanWorkbook workbook, List<ImportProblem> readProblems) {
		List<ImportProblem> problems = new ArrayList<>(readProblems);
		PlanWorkbook.Header h = workbook.header();
		String sheet = PlanWorkbook.HEADER_SHEET;
		if (h.code().isBlank()) {
			problems.add(ImportProblem.error(sheet, 1, "Số hiệu", "plan.import.header.required", "Số hiệu"));
		}
		if (h.title().isBlank()) {
			problems.add(ImportProblem.error(sheet, 3, "Trích yếu", "plan.import.header.required", "Trích yếu"));
		}
		LocalDate issueDate = null;
		if (!h.issueDate().isBlank()) {
			try {
				issueDate = PlanWorkbook.parseDate(h.issueDate());
			}
			catch (RuntimeException ex) {
				problems.add(ImportProblem.error(sheet, 2, "Ngày ban hành", "plan.import.header.date", h.issueDate()));
			}
		}
		int firstYear = year(h.firstYear(), issueDate, sheet, 6, "Từ năm", problems);
		if (h.firstYear().isBlank() && issueDate != null) {
			problems.add(ImportProblem.warning(sheet, 6, "Từ năm", "plan.import.header.firstYearGuessed",
					String.valueOf(firstYear)));
		}
		int lastYear = h.lastYear().isBlank() ? firstYear : year(h.lastYear(), issueDate, sheet, 7, "Đến năm", problems);
		if (h.lastYear().isBlank()) {
			problems.add(ImportProblem.warning(sheet, 7, "Đến năm", "plan.import.header.lastYearBlank",
					String.valueOf(firstYear)));
		}
		DocumentKind kind = DocumentKind.read(h.documentKind(), h.code()).orElse(DocumentKind.PLAN);
		if (!h.documentKind().isBlank() && DocumentKind.read(h.documentKind(), "").isEmpty()) {
			problems.add(ImportProblem.warning(sheet, 9, "Loại văn bản", "plan.import.header.kindUnknown",
					h.documentKind()));
		}
		if (lastYear < firstYear) {
			problems.add(ImportProblem.error(sheet, 7, "Đến năm", "plan.import.header.years"));
			lastYear = firstYear;
		}
		Context ctx = new Context(this.matcher.directory(), firstYear, lastYear, problems);
		for (PlanWorkbook.Appendix appendix : workbook.appendices()) {
			interpretAppendix(appendix, ctx);
		}
		return new ParsedPlan(h.code().trim(), issueDate, h.title().trim(), blankToNull(h.issuingBody()),
				blankToNull(h.signer()), firstYear, lastYear, blankToNull(h.replaces()), ctx.sections, ctx.tasks,
				problems, kind);
	}

	/** The numbering style of a section label; a deeper style opens a deeper section. */
	private static String style(String label) {
		if (ROMAN.matcher(label).matches()) {
			return "ROMAN";
		}
		if (GROUP_LETTER.matcher(label).matches()) {
			return "UPPER";
		}
		if (INTEGER.matcher(label).matches()) {
			return "ARABIC";
		}
		if (label.matches("\\d+(\\.\\d+)+")) {
			return "DOTTED" + label.split("\\.").length;
		}
		if (label.matches("[a-zđ]")) {
			return "LOWER";
		}
		return "OTHER";
	}

	private void interpretAppendix(PlanWorkbook.Appendix appendix, Context ctx) {
		String appendixIndex = SectionLinker.indexOf(appendix.title());
		ParsedPlan.Section root = ctx.section(null, 1, appendix.label(), appendix.title(), appendixIndex, null);
		ParsedPlan.Section group = null;
		ParsedPlan.Section subgroup = null;
		// numbering styles of the open sections, outermost first: "A" then "I" then "1" then "a)" as printed
		List<String> styles = new ArrayList<>();
		Map<Integer, Set<String>> labelsByParent = new HashMap<>();
		Map<Integer, Set<String>> numbersBySection = new HashMap<>();
		Map<Integer, Integer> childCount = new HashMap<>();
		String sheet = appendix.label();
		for (PlanWorkbook.Row row : appendix.rows()) {
			if (row.isSection()) {
				String label = row.number().replaceAll("[.)]+$", "").replaceAll("^\\(", "").trim();
				String style = style(label);
				int depth = styles.indexOf(style);
				if (depth < 0) {
					styles.add(style);
					depth = styles.size() - 1;
				}
				else {
					styles.subList(depth + 1, styles.size()).clear();
				}
				boolean isGroup = depth == 0 || group == null;
				if (isGroup && depth > 0) {
					styles.subList(0, depth).clear();
				}
				ParsedPlan.Section parent = isGroup ? root : group;
				if (!labelsByParent.computeIfAbsent(parent.key(), k -> new HashSet<>()).add(label) && depth <= 1) {
					ctx.problems.add(ImportProblem.warning(sheet, row.row(), "TT", "plan.import.duplicateSection", label));
				}
				int position = childCount.merge(parent.key(), 1, Integer::sum);
				String index = isGroup ? Optional.ofNullable(SectionLinker.indexOf(row.content())).orElse(appendixIndex)
						: group.indexCode();
				Long criterionId = null;
				String criterionName = null;
				ParsedPlan.Section criterionSource = isGroup ? null : depth > 1 && subgroup != null ? subgroup : group;
				if (criterionSource != null && criterionSource.criterionId() != null) {
					criterionId = criterionSource.criterionId();
					criterionName = criterionSource.criterionName();
				}
				else if (index != null && depth <= 1
						&& (!isGroup || INTEGER.matcher(label).matches() || ROMAN.matcher(label).matches())) {
					Optional<CriterionRef> c = SectionLinker.component(row.content(), position, ctx.components(index));
					if (c.isPresent()) {
						criterionId = c.get().id();
						criterionName = c.get().name();
					}
				}
				// sections deeper than a subgroup are kept as subgroups of their group, in document order
				ParsedPlan.Section section = ctx.section(parent.key(), isGroup ? 2 : 3, label, row.content(), index,
						criterionId, criterionName);
				if (isGroup) {
					group = section;
					subgroup = null;
				}
				else {
					subgroup = section;
				}
				continue;
			}
			ParsedPlan.Section section = subgroup != null ? subgroup : group != null ? group : root;
			task(row, section, sheet, numbersBySection, ctx);
		}
	}

	private void task(PlanWorkbook.Row row, ParsedPlan.Section section, String sheet,
			Map<Integer, Set<String>> numbersBySection, Context ctx) {
		if (row.content().isBlank()) {
			ctx.problems.add(ImportProblem.error(sheet, row.row(), "Nội dung nhiệm vụ, giải pháp", "plan.import.emptyContent"));
		}
		if (row.lead().isBlank()) {
			ctx.problems.add(ImportProblem.warning(sheet, row.row(), "Cơ quan chủ trì", "plan.import.emptyLead"));
		}
		String number = row.number().strip();
		if (!number.isEmpty() && !PlanWorkbook.isBullet(number)
				&& !numbersBySection.computeIfAbsent(section.key(), k -> new HashSet<>()).add(number)) {
			String bare = number.replaceAll("[.)]+$", "");
			ctx.problems.add(ImportProblem.warning(sheet, row.row(), "TT",
					bare.equalsIgnoreCase("d") ? "plan.import.repeatedNumberD" : "plan.import.repeatedNumber", number,
					section.label()));
		}
		List<AssignmentItem> lead = items(row.lead(), sheet, row.row(), "Cơ quan chủ trì", ctx);
		List<AssignmentItem> cooperating = items(row.cooperating(), sheet, row.row(), "Cơ quan phối hợp", ctx);
		ParsedTiming parsed = this.timing.parse(row.timing(), row.completion(), ctx.firstYear, ctx.lastYear);
		if ((row.timing() + row.completion()).isBlank()) {
			ctx.problems.add(ImportProblem.warning(sheet, row.row(), "Thời gian thực hiện", "plan.import.timingBlank"));
		}
		else if (!parsed.understood()) {
			ctx.problems.add(ImportProblem.warning(sheet, row.row(), "Thời gian thực hiện", "plan.import.timingUnknown",
					row.timing() + (row.completion().isBlank() ? "" : " → " + row.completion()), parsed.explanation()));
		}
		List<Long> criterionIds = new ArrayList<>();
		String indexCode = null;
		if (row.criteria().isBlank()) {
			if (section.criterionId() != null) {
				criterionIds.add(section.criterionId());
			}
			else {
				indexCode = section.indexCode();
			}
		}
		else {
			for (String code : row.criteria().split("[;,]")) {
				String c = code.trim();
				if (c.isEmpty()) {
					continue;
				}
				String[] parts = c.split(":", 2);
				String index = parts[0].trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
				if (parts.length == 1) {
					if (ctx.indexCodes().contains(index)) {
						indexCode = index;
					}
					else {
						ctx.problems.add(ImportProblem.error(sheet, row.row(), "Mã tiêu chí", "plan.import.unknownCriterion", c));
					}
					continue;
				}
				Optional<CriterionRef> ref = ctx.criterion(index, parts[1].trim());
				if (ref.isPresent()) {
					criterionIds.add(ref.get().id());
				}
				else {
					ctx.problems.add(ImportProblem.error(sheet, row.row(), "Mã tiêu chí", "plan.import.unknownCriterion", c));
				}
			}
		}
		ctx.tasks.add(new ParsedPlan.Task(section.key(), row.number(), row.content(), blankToNull(row.target()),
				row.lead(), row.cooperating(), row.timing(), row.completion(), parsed.schedule().kind().name(),
				ScheduleJson.write(parsed.schedule()), parsed.explanation(), indexCode, criterionIds, lead,
				cooperating, sheet, row.row()));
	}

	/** Criteria codes as typed ("PAR_INDEX:2; PAPI") resolved for a plan's years; unknown codes listed apart. */
	record CriteriaCodes(List<Long> criterionIds, String indexCode, List<String> unknown) {
	}

	CriteriaCodes resolveCriteria(String codes, int firstYear, int lastYear) {
		Context ctx = new Context(null, firstYear, lastYear, new ArrayList<>());
		List<Long> ids = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		String indexCode = null;
		for (String code : codes == null ? new String[0] : codes.split("[;,]")) {
			String c = code.trim();
			if (c.isEmpty()) {
				continue;
			}
			String[] parts = c.split(":", 2);
			String index = parts[0].trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
			if (parts.length == 1 && ctx.indexCodes().contains(index)) {
				indexCode = index;
			}
			else if (parts.length == 2 && ctx.criterion(index, parts[1].trim()).isPresent()) {
				ids.add(ctx.criterion(index, parts[1].trim()).get().id());
			}
			else {
				unknown.add(c);
			}
		}
		return new CriteriaCodes(ids, indexCode, unknown);
	}

	private List<AssignmentItem> items(String cell, String sheet, int row, String column, Context ctx) {
		List<AssignmentItem> items = ctx.directory.split(cell);
		for (AssignmentItem item : items) {
			if (item.kind() != AssignmentKind.TEXT) {
				continue;
			}
			List<ImportProblem.AliasTarget> targets = ctx.directory.closestTargets(item.text(), 3);
			String closest = targets.isEmpty() ? "—"
					: String.join("; ", targets.stream().map(ImportProblem.AliasTarget::label).toList());
			Optional<AgencyDirectory.KnownAgency> stopped = ctx.directory.stoppedAgency(item.text());
			List<String> shared = ctx.directory.sharedBy(item.text());
			ImportProblem problem;
			if (stopped.isPresent()) {
				problem = ImportProblem.warning(sheet, row, column, "plan.import.stoppedAgency", item.text(),
						stopped.get().name(), stopped.get().successorName() == null ? "—" : stopped.get().successorName());
			}
			else if (!shared.isEmpty()) {
				problem = ImportProblem.warning(sheet, row, column, "plan.import.sharedName", item.text(),
						String.join("; ", shared));
			}
			else if (item.suspicious()) {
				problem = ImportProblem.warning(sheet, row, column, "plan.import.unknownAgency", item.text(), closest);
			}
			else {
				problem = ImportProblem.warning(sheet, row, column, "plan.import.vagueAgency", item.text(), closest);
			}
			ctx.problems.add(problem.withSuggestions(item.text(), targets));
		}
		return items;
	}

	private static int year(String text, LocalDate issueDate, String sheet, int row, String column,
			List<ImportProblem> problems) {
		if (text.isBlank()) {
			if (issueDate != null) {
				return issueDate.getYear();
			}
			problems.add(ImportProblem.error(sheet, row, column, "plan.import.header.required", column));
			return LocalDate.now().getYear();
		}
		try {
			int year = Integer.parseInt(text.trim());
			if (year < 2000 || year > 2100) {
				throw new NumberFormatException();
			}
			return year;
		}
		catch (NumberFormatException ex) {
			problems.add(ImportProblem.error(sheet, row, column, "plan.import.header.year", text));
			return LocalDate.now().getYear();
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	/** Working state of one interpretation. */
	private final class Context {

		final AgencyDirectory directory;

		final int firstYear;

		final int lastYear;

		final List<ImportProblem> problems;

		final List<ParsedPlan.Section> sections = new ArrayList<>();

		final List<ParsedPlan.Task> tasks = new ArrayList<>();

		private final Map<String, List<CriterionRef>> componentsByIndex = new HashMap<>();

		private List<String> indexCodes;

		Context(AgencyDirectory directory, int firstYear, int lastYear, List<ImportProblem> problems) {
			this.directory = directory;
			this.firstYear = firstYear;
			this.lastYear = lastYear;
			this.problems = problems;
		}

		ParsedPlan.Section section(Integer parent, int level, String label, String title, String index, Long criterionId) {
			return section(parent, level, label, title, index, criterionId, null);
		}

		ParsedPlan.Section section(Integer parent, int level, String label, String title, String index,
				Long criterionId, String criterionName) {
			ParsedPlan.Section s = new ParsedPlan.Section(this.sections.size() + 1, parent, level, label, title, index,
					criterionId, criterionName);
			this.sections.add(s);
			return s;
		}

		/** The criteria of the index's set for the plan's first year (else a later plan year, else the latest earlier year). */
		List<CriterionRef> all(String index) {
			return this.componentsByIndex.computeIfAbsent(index, i -> {
				for (int y = this.firstYear; y <= this.lastYear; y++) {
					List<CriterionRef> list = PlanInterpreter.this.catalog.criteria(i, y);
					if (!list.isEmpty()) {
						return list;
					}
				}
				// no set for the plan's years yet (next year's set not loaded): the latest earlier set
				for (int y = this.firstYear - 1; y >= this.firstYear - 5; y--) {
					List<CriterionRef> list = PlanInterpreter.this.catalog.criteria(i, y);
					if (!list.isEmpty()) {
						return list;
					}
				}
				return List.of();
			});
		}

		List<CriterionRef> components(String index) {
			return all(index).stream().filter(c -> c.level() == 1).toList();
		}

		Optional<CriterionRef> criterion(String index, String code) {
			return all(index).stream().filter(c -> c.code().equals(code)).findFirst();
		}

		List<String> indexCodes() {
			if (this.indexCodes == null) {
				this.indexCodes = PlanInterpreter.this.catalog.indexCodes();
			}
			return this.indexCodes;
		}

	}

}
