package vn.chiso.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.chiso.progress.Implementation;
import vn.chiso.progress.TaskStatus;
import vn.chiso.progress.TaskStatusRow;
import vn.chiso.progress.TaskStatusRow.AgencyEntry;

/**
 * In-memory report data: a small hand-checked province for the read-back tests, and a generated large one (40
 * departments, 120 communes, 300 tasks all assigned) for the benchmark. Both feed the same export components as the
 * database does.
 */
final class ReportSamples {

	static final LocalDate DATE = LocalDate.of(2024, 9, 20);

	private ReportSamples() {
	}

	/** The frame of a province that is not the demo one: reports must print whatever province is configured. */
	static ReportSettings settings() {
		return ReportSettings.of(new vn.chiso.province.ProvinceIdentity("tỉnh Đắk Lắk", "UBND tỉnh Đắk Lắk", "Đắk Lắk",
				"Sở Nội vụ", "SNV", "KT. Giám đốc", "Phó Giám đốc", "", true));
	}

	static ReportText text() {
		return ReportText.standalone();
	}

	/**
	 * Two appendices: Phụ lục 01 with groups A › I, II (three tasks) and Phụ lục 02 with group 1 (two tasks, one 2.1
	 * subgroup).
	 */
	static PlanTable smallPlan() {
		List<PlanTable.Line> first = List.of(
				new PlanTable.Group(2, "A", "Nâng cao Chỉ số Cải cách hành chính cấp tỉnh", "PAR_INDEX"),
				new PlanTable.Group(3, "I", "Chỉ số công tác chỉ đạo, điều hành", "PAR_INDEX"),
				task(1, "1", "Tổ chức kiểm tra công tác cải cách hành chính", "Sở Nội vụ", "Các cơ quan liên quan",
						"Quý III, IV hằng năm", "", "Chỉ số công tác chỉ đạo, điều hành", null),
				task(2, "2", "Tổ chức tự chấm điểm Bộ tiêu chí", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Hằng tháng", "",
						"Chỉ số công tác chỉ đạo, điều hành", null),
				new PlanTable.Group(3, "II", "Chỉ số cải cách thể chế", "PAR_INDEX"),
				task(3, "3", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật", "Sở Tư pháp", "Các sở, ban, ngành",
						"Tháng 7/2024", "30/6/2024", "Chỉ số cải cách thể chế", LocalDate.of(2024, 6, 30)));
		List<PlanTable.Line> second = List.of(
				new PlanTable.Group(2, "1", "Tham gia của người dân ở cấp cơ sở", "PAPI"),
				task(4, "1.1", "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở", "Sở Nội vụ", "UBND cấp xã",
						"Thường xuyên", "", "Tham gia của người dân ở cấp cơ sở", null),
				new PlanTable.Group(3, "2.1", "Công khai danh sách hộ nghèo", "PAPI"),
				task(5, "", "Niêm yết công khai danh sách hộ nghèo tại trụ sở UBND xã", "UBND cấp xã", "",
						"Hằng năm", "", "Công khai danh sách hộ nghèo", null));
		return new PlanTable(7, "150/KH-UBND", "Kế hoạch nâng cao Chỉ số CCHC", LocalDate.of(2024, 8, 12),
				"Ủy ban nhân dân tỉnh Tuyên Quang",
				List.of(new PlanTable.Appendix("Phụ lục 01", "BIỂU PHÂN CÔNG NHIỆM VỤ PAR INDEX, SIPAS", first),
						new PlanTable.Appendix("Phụ lục 02", "BIỂU PHÂN CÔNG NHIỆM VỤ PAPI", second)));
	}

	static PlanTable.TaskLine task(long id, String number, String content, String lead, String coop, String timing,
			String completion, String component, LocalDate due) {
		return new PlanTable.TaskLine(id, number, content, lead, coop, timing, completion, null, component, due);
	}

	/** One agency's entry as progress returns it; {@code implementation} null = nothing sent. */
	static AgencyEntry result(long taskId, long agencyId, String agency, boolean lead, Implementation implementation,
			TaskStatus status) {
		return new AgencyEntry(taskId * 1000 + agencyId, agencyId, agency, lead, implementation != null,
				implementation, null,
				implementation == null ? null : "Kết quả của " + agency + " cho nhiệm vụ " + taskId, status);
	}

	static TaskStatusRow row(long taskId, TaskStatus status, AgencyEntry... entries) {
		return new TaskStatusRow(taskId, 7, Long.toString(taskId), "Nhiệm vụ " + taskId, null, status,
				List.of(entries));
	}

	/**
	 * Quý III/2024 of the small plan, statuses as progress decides them on 30/09/2024: task 1 done on time by SNV
	 * (lead) and in progress at STP; task 2 done late; task 3 (due 30/6) still being worked on → overdue; task 4 done
	 * by SNV, not reported by Xã Tân Trào after its deadline → overdue for the xã; task 5 not due.
	 */
	static PlanPeriodData smallPeriod() {
		Map<Long, TaskStatusRow> results = new LinkedHashMap<>();
		results.put(1L, row(1, TaskStatus.DONE_ON_TIME,
				result(1, 100, "Sở Nội vụ", true, Implementation.HOAN_THANH, TaskStatus.DONE_ON_TIME),
				result(1, 101, "Sở Tư pháp", false, Implementation.DANG_THUC_HIEN, TaskStatus.NOT_DONE_IN_TIME)));
		results.put(2L, row(2, TaskStatus.DONE_LATE,
				result(2, 100, "Sở Nội vụ", true, Implementation.HOAN_THANH_QUA_HAN, TaskStatus.DONE_LATE)));
		results.put(3L, row(3, TaskStatus.NOT_DONE_OVERDUE,
				result(3, 101, "Sở Tư pháp", true, Implementation.DANG_THUC_HIEN, TaskStatus.NOT_DONE_OVERDUE)));
		results.put(4L, row(4, TaskStatus.DONE_ON_TIME,
				result(4, 100, "Sở Nội vụ", true, Implementation.HOAN_THANH, TaskStatus.DONE_ON_TIME),
				result(4, 102, "UBND xã Tân Trào", false, null, TaskStatus.NOT_DONE_OVERDUE)));
		return new PlanPeriodData(smallPlan(), "Quý III/2024", "Quý III/2024", 2024, LocalDate.of(2024, 9, 30),
				results, null);
	}

	/**
	 * Two self-assessed areas and a survey-only one (never in the scorecard, never lost); the survey estimated at 30.5
	 * of 35 points.
	 */
	static ScoringData smallScoring() {
		List<Crit> lines = List.of(
				crit(1, null, "1", "Công tác chỉ đạo, điều hành CCHC", "10", null, null, "Sở Nội vụ"),
				crit(2, 1L, "1.1", "Kế hoạch CCHC năm", "3", null, null, "Sở Nội vụ"),
				crit(3, 2L, "1.1.1", "Ban hành kế hoạch kịp thời", "1.5", "1.5", "1.5", "Sở Nội vụ"),
				crit(4, 2L, "1.1.2", "Mức độ thực hiện kế hoạch", "1.5", "1.25", "1.0", "Sở Nội vụ"),
				crit(5, 1L, "1.2", "Công tác kiểm tra CCHC", "7", "6", null, "Sở Nội vụ"),
				crit(6, null, "2", "Xây dựng và tổ chức thực hiện văn bản QPPL", "10", null, null, "Sở Tư pháp"),
				crit(7, 6L, "2.1", "Xây dựng văn bản QPPL", "4", "3.5", "3", "Sở Tư pháp"),
				crit(8, 6L, "2.2", "Theo dõi thi hành pháp luật", "6", null, null, "Sở Tư pháp"),
				crit(9, null, "3", "Khảo sát sự hài lòng", "35", null, null, null).survey(),
				crit(10, 9L, "3.1", "Mức độ hài lòng của người dân", "35", null, null, null).survey());
		return scoring("Bộ tiêu chí minh họa PAR INDEX 2024", lines, new BigDecimal("30.5"));
	}

	/** A criterion of an in-memory criteria set, in document order. */
	record Crit(long id, Long parent, String code, String name, BigDecimal max, BigDecimal self,
			BigDecimal appraised, String agency, boolean isSurvey) {

		Crit survey() {
			return new Crit(this.id, this.parent, this.code, this.name, this.max, this.self, this.appraised,
					this.agency, true);
		}

	}

	static Crit crit(long id, Long parent, String code, String name, String max, String self, String appraised,
			String agency) {
		return new Crit(id, parent, code, name, max == null ? null : new BigDecimal(max),
				self == null ? null : new BigDecimal(self), appraised == null ? null : new BigDecimal(appraised), agency,
				false);
	}

	/**
	 * The scorecard scoring would consolidate from these criteria (through its public calculator), with the evidence
	 * and explanation of every scored criterion.
	 */
	static ScoringData scoring(String setName, List<Crit> crits, BigDecimal surveyEstimate) {
		List<vn.chiso.scoring.ScoreCalculator.Input> inputs = crits.stream()
			.map(c -> new vn.chiso.scoring.ScoreCalculator.Input(c.id(), c.parent(), c.max(), !c.isSurvey(),
					c.isSurvey(), c.self(), c.appraised()))
			.toList();
		vn.chiso.scoring.ScoreCalculator.Result result = vn.chiso.scoring.ScoreCalculator.calculate(inputs);
		java.util.Set<Long> parents = new java.util.HashSet<>();
		crits.forEach(c -> {
			if (c.parent() != null) {
				parents.add(c.parent());
			}
		});
		Map<Long, Integer> depth = new java.util.HashMap<>();
		List<vn.chiso.scoring.ScorecardRow> rows = new ArrayList<>();
		Map<Long, String> evidence = new java.util.HashMap<>();
		for (Crit c : crits) {
			depth.put(c.id(), c.parent() == null ? 0 : depth.get(c.parent()) + 1);
			vn.chiso.scoring.ScoreCalculator.Totals t = result.of(c.id());
			if (t.scorable() == 0) {
				continue;
			}
			boolean leaf = !parents.contains(c.id());
			if (leaf && c.self() != null) {
				evidence.put(c.id(), "Số 12/KH-UBND ngày 05/01/2024");
			}
			rows.add(new vn.chiso.scoring.ScorecardRow(c.id(), c.code(), c.name(), depth.get(c.id()),
					c.parent() == null, leaf, t.max(), t.self(), t.effective(), t.lost(), null, null, t.scorable(),
					t.scored(), t.appraisedCount(), null, c.parent() == null ? c.agency() : null,
					c.parent() == null ? vn.chiso.scoring.AreaStatus.SUBMITTED : null, false,
					leaf && c.self() != null ? "Giải trình " + c.code() : null));
		}
		vn.chiso.scoring.ScoreCalculator.Totals t = result.total();
		vn.chiso.scoring.ScorecardRow total = new vn.chiso.scoring.ScorecardRow(0, "", "", 0, false, false, t.max(),
				t.self(), t.effective(), t.lost(), null, null, t.scorable(), t.scored(), t.appraisedCount(), null, null,
				null, false, null);
		BigDecimal denominator = t.max().add(t.surveyMax());
		BigDecimal percent = surveyEstimate == null || denominator.signum() == 0 ? null
				: t.effective().add(surveyEstimate).multiply(BigDecimal.valueOf(100)).divide(denominator, 2,
						java.math.RoundingMode.HALF_UP);
		vn.chiso.scoring.Projection projection = new vn.chiso.scoring.Projection(t.max(), t.effective(), t.surveyMax(),
				surveyEstimate, false, null, percent, null, null, null);
		vn.chiso.scoring.ScoringRoundView round = new vn.chiso.scoring.ScoringRoundView(1L, 1L, setName, 2024, 8,
				vn.chiso.scoring.ScoringRoundStatus.OPEN, LocalDate.of(2024, 8, 25), LocalDate.of(2024, 8, 30),
				surveyEstimate, null, 0);
		int areas = (int) rows.stream().filter(vn.chiso.scoring.ScorecardRow::area).count();
		return new ScoringData(new vn.chiso.scoring.Scorecard(round, null, rows, total, projection, areas, areas),
				evidence);
	}

	static DisciplineData smallDiscipline() {
		return new DisciplineData(2024,
				List.of(new DisciplineData.Round("Quý I/2024", LocalDate.of(2024, 3, 13),
						List.of(new DisciplineData.AgencyRow(100, "Sở Nội vụ", 10, 8, 2, 0),
								new DisciplineData.AgencyRow(101, "Sở Tư pháp", 6, 3, 1, 2))),
						new DisciplineData.Round("6 tháng đầu năm 2024", LocalDate.of(2024, 6, 13),
								List.of(new DisciplineData.AgencyRow(100, "Sở Nội vụ", 10, 10, 0, 0)))));
	}

	static YearOverviewData smallYear() {
		YearOverviewData.Result now = new YearOverviewData.Result(new BigDecimal("85.12"), 20, 63, null);
		YearOverviewData.Result before = new YearOverviewData.Result(new BigDecimal("83.40"), 28, 63, null);
		return new YearOverviewData(2024, List.of(
				new YearOverviewData.IndexBlock("PAR_INDEX", "Chỉ số cải cách hành chính", "PERCENT",
						List.of(new YearOverviewData.Row(null, null, now, before, "Tăng ít nhất 5 bậc", "MET",
								"2024: hạng 20/63, tăng 8 bậc so với 2023 (28/63) – đạt"),
								new YearOverviewData.Row("1", "Công tác chỉ đạo, điều hành",
										new YearOverviewData.Result(new BigDecimal("9.10"), 12, 63, null),
										YearOverviewData.Result.NONE, "", null, null))),
				new YearOverviewData.IndexBlock("PAPI", "Chỉ số PAPI", "POINTS",
						List.of(new YearOverviewData.Row(null, null,
								new YearOverviewData.Result(new BigDecimal("42.1"), null, null, "TRUNG_BINH_THAP"),
								new YearOverviewData.Result(new BigDecimal("43.0"), null, null, "TRUNG_BINH_CAO"),
								"Thuộc nhóm trung bình cao", "NOT_MET",
								"2024: nhóm trung bình thấp – chưa đạt (mục tiêu: nhóm trung bình cao trở lên)")))),
				"PAR INDEX 2024: 63, 2023: 63");
	}

}
