package vn.chiso.report;

import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every export read back with POI: frames, group rows, each task and agency exactly once, totals. */
class ReportExportsTests {

	private final ReportText text = ReportSamples.text();

	private final ReportSettings settings = ReportSamples.settings();

	@Test
	void assignmentTableHasOneSheetPerAppendixWithGroupRowsAndEveryTaskOnce() throws Exception {
		PlanTable plan = ReportSamples.smallPlan();
		try (Workbook wb = Workbook.of(out -> new AssignmentTableExport(this.text).write(plan, out))) {
			assertThat(wb.sheetNames()).containsExactly("Phụ lục 01", "Phụ lục 02");
			assertThat(wb.texts("Phụ lục 01")).contains("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
					"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "PHỤ LỤC 01",
					"BIỂU PHÂN CÔNG NHIỆM VỤ PAR INDEX, SIPAS",
					"(Kèm theo Kế hoạch số 150/KH-UBND ngày 12/08/2024 của Ủy ban nhân dân tỉnh Tuyên Quang)", "TT",
					"Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
					"Thời gian hoàn thành");
			for (PlanTable.TaskLine t : plan.tasks()) {
				assertThat(wb.count(t.content())).as(t.content()).isEqualTo(1);
			}
			assertThat(wb.texts("Phụ lục 02")).contains("Niêm yết công khai danh sách hộ nghèo tại trụ sở UBND xã")
				.doesNotContain("Tổ chức kiểm tra công tác cải cách hành chính");
			int groupA = wb.row("Phụ lục 01", 0, "A");
			int groupII = wb.row("Phụ lục 01", 0, "II");
			assertThat(wb.merged("Phụ lục 01", groupA, groupA, 1, 5)).isTrue();
			assertThat(wb.bold("Phụ lục 01", groupA, 1)).isTrue();
			assertThat(wb.merged("Phụ lục 01", groupII, groupII, 1, 5)).isTrue();
			// document order: I, task 1, task 2, II, task 3
			int task1 = wb.row("Phụ lục 01", 1, "Tổ chức kiểm tra công tác cải cách hành chính");
			int task3 = wb.row("Phụ lục 01", 1, "Rà soát, hệ thống hóa văn bản quy phạm pháp luật");
			assertThat(wb.row("Phụ lục 01", 0, "I")).isLessThan(task1);
			assertThat(task1).isLessThan(groupII);
			assertThat(groupII).isLessThan(task3);
			assertThat(wb.string("Phụ lục 01", task3, 2)).isEqualTo("Sở Tư pháp");
			assertThat(wb.string("Phụ lục 01", task3, 5)).isEqualTo("30/6/2024");
			// a subgroup (2.1) is bold italic
			int sub = wb.row("Phụ lục 02", 0, "2.1");
			assertThat(wb.font("Phụ lục 02", sub, 1).getItalic()).isTrue();
		}
	}

	@Test
	void planPeriodReportShowsEachAgencyBesideItsTaskAndCountsStatuses() throws Exception {
		PlanPeriodData data = ReportSamples.smallPeriod();
		try (Workbook wb = Workbook.of(
				out -> new PlanPeriodExport(this.text, this.settings).write(data, ReportSamples.DATE, out))) {
			assertThat(wb.sheetNames()).containsExactly("Biểu 01", "Biểu 02", "Tổng hợp", "Nhiệm vụ quá hạn");
			assertThat(wb.texts("Biểu 01")).contains("BIỂU 01", "SỞ NỘI VỤ",
					"Kết quả thực hiện Kế hoạch số 150/KH-UBND - Quý III/2024");
			// every task once, in its Biểu
			for (PlanTable.TaskLine t : data.plan().tasks()) {
				long inBieu = wb.texts("Biểu 01").stream().filter(t.content()::equals).count()
						+ wb.texts("Biểu 02").stream().filter(t.content()::equals).count();
				assertThat(inBieu).as(t.content()).isEqualTo(1);
			}
			// task 1: two agencies, the task cells merged down over both rows
			int task1 = wb.row("Biểu 01", 1, "Tổ chức kiểm tra công tác cải cách hành chính");
			assertThat(wb.string("Biểu 01", task1, 5)).isEqualTo("Sở Nội vụ (chủ trì)");
			assertThat(wb.string("Biểu 01", task1, 7)).isEqualTo("Hoàn thành đúng hạn");
			assertThat(wb.string("Biểu 01", task1 + 1, 5)).isEqualTo("Sở Tư pháp");
			assertThat(wb.string("Biểu 01", task1 + 1, 7)).isEqualTo("Chưa hoàn thành, còn trong hạn");
			assertThat(wb.merged("Biểu 01", task1, task1 + 1, 1, 1)).isTrue();
			assertThat(wb.merged("Biểu 01", task1, task1 + 1, 0, 0)).isTrue();
			// task 3 was due 30/6 and is not finished: overdue; task 5 owed nothing
			int task3 = wb.row("Biểu 01", 1, "Rà soát, hệ thống hóa văn bản quy phạm pháp luật");
			assertThat(wb.string("Biểu 01", task3, 7)).isEqualTo("Chưa hoàn thành, quá hạn");
			int task5 = wb.row("Biểu 02", 1, "Niêm yết công khai danh sách hộ nghèo tại trụ sở UBND xã");
			assertThat(wb.string("Biểu 02", task5, 6)).isEqualTo("Không phải báo cáo trong kỳ");
			int task4 = wb.row("Biểu 02", 1, "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở");
			assertThat(wb.string("Biểu 02", task4 + 1, 6)).isEqualTo("Chưa báo cáo");

			// summary: 4 tasks due, counted by their (progress-given) status: total, on time, late, in time, overdue
			int due = wb.row("Tổng hợp", 1, "Nhiệm vụ phải báo cáo trong kỳ");
			assertThat(new double[] { wb.number("Tổng hợp", due, 2), wb.number("Tổng hợp", due, 3),
					wb.number("Tổng hợp", due, 4), wb.number("Tổng hợp", due, 5), wb.number("Tổng hợp", due, 6) })
				.containsExactly(4, 2, 1, 0, 1);
			assertThat(wb.texts("Tổng hợp")).contains("Hoàn thành đúng hạn", "Hoàn thành quá hạn",
					"Chưa hoàn thành, còn trong hạn", "Chưa hoàn thành, quá hạn");
			assertThat(wb.texts("Tổng hợp")).anyMatch(t -> t.contains("tính đến ngày 30/09/2024"));
			assertThat(wb.bold("Tổng hợp", due, 2)).isTrue();
			// by agency: every agency exactly once
			int byAgency = wb.row("Tổng hợp", 1, "Theo cơ quan (lượt báo cáo)");
			for (String agency : new String[] { "Sở Nội vụ", "Sở Tư pháp", "UBND xã Tân Trào" }) {
				assertThat(wb.texts("Tổng hợp").stream().filter(agency::equals).count()).as(agency).isEqualTo(1);
			}
			int snv = wb.row("Tổng hợp", 1, "Sở Nội vụ");
			assertThat(snv).isGreaterThan(byAgency);
			assertThat(wb.number("Tổng hợp", snv, 2)).isEqualTo(3);
			assertThat(wb.number("Tổng hợp", snv, 3)).isEqualTo(2);
			assertThat(wb.texts("Tổng hợp")).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BIỂU TỔNG HỢP",
					"Nơi nhận:", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
			// by component: each component once
			assertThat(wb.texts("Tổng hợp").stream().filter("Chỉ số cải cách thể chế"::equals).count()).isEqualTo(1);

			// overdue sheet: task 3 at Sở Tư pháp, and task 4 at the xã that never reported
			assertThat(wb.count("Rà soát, hệ thống hóa văn bản quy phạm pháp luật")).isEqualTo(2);
			int overdue = wb.row("Nhiệm vụ quá hạn", 1, "Rà soát, hệ thống hóa văn bản quy phạm pháp luật");
			assertThat(wb.string("Nhiệm vụ quá hạn", overdue, 2)).isEqualTo("30/06/2024");
			assertThat(wb.string("Nhiệm vụ quá hạn", overdue, 3)).isEqualTo("Sở Tư pháp");
			int second = wb.row("Nhiệm vụ quá hạn", 0, "2");
			assertThat(wb.string("Nhiệm vụ quá hạn", second, 3)).isEqualTo("UBND xã Tân Trào");
			assertThat(wb.string("Nhiệm vụ quá hạn", second, 4)).isEqualTo("Chưa báo cáo");
			assertThat(wb.row("Nhiệm vụ quá hạn", 0, "3")).isEqualTo(-1);
		}
	}

	@Test
	void agencyReportKeepsOnlyTheAgencysTasksResultsAndTheirGroups() throws Exception {
		PlanPeriodData data = ReportSamples.smallPeriod().forAgency(101, "Sở Tư pháp");
		ReportSettings agency = this.settings.forAgency("Sở Tư pháp", "STP");
		try (Workbook wb = Workbook.of(
				out -> new PlanPeriodExport(this.text, agency).write(data, ReportSamples.DATE, out))) {
			// the agency issues its own report and sends it to Sở Nội vụ
			assertThat(wb.texts("Tổng hợp")).contains("SỞ TƯ PHÁP", "UBND TỈNH ĐẮK LẮK", "- Sở Nội vụ (tổng hợp);",
					"- Lưu: VT, STP.", "KT. THỦ TRƯỞNG CƠ QUAN");
			assertThat(wb.sheetNames()).containsExactly("Biểu 01", "Tổng hợp", "Nhiệm vụ quá hạn");
			assertThat(wb.texts("Biểu 01")).contains("Sở Tư pháp", "Chỉ số công tác chỉ đạo, điều hành",
					"Chỉ số cải cách thể chế", "Tổ chức kiểm tra công tác cải cách hành chính")
				.doesNotContain("Tổ chức tự chấm điểm Bộ tiêu chí", "Sở Nội vụ (chủ trì)");
			assertThat(wb.count("Sở Tư pháp")).isGreaterThanOrEqualTo(2);
			int due = wb.row("Tổng hợp", 1, "Nhiệm vụ phải báo cáo trong kỳ");
			assertThat(wb.number("Tổng hợp", due, 2)).isEqualTo(2);
		}
	}

	@Test
	void selfScoringReportRendersTheScorecardAndCountsTheSurveyOnce() throws Exception {
		ScoringData data = ReportSamples.smallScoring();
		try (Workbook wb = Workbook.of(
				out -> new SelfScoringExport(this.text, this.settings).write(data, ReportSamples.DATE, out))) {
			String sheet = "Tháng 08-2024";
			assertThat(wb.texts(sheet)).contains("BÁO CÁO",
					"Kết quả tự đánh giá, chấm điểm Chỉ số CCHC tháng 08/2024", "Bộ tiêu chí minh họa PAR INDEX 2024",
					"Giải trình 1.1.2", "Số 12/KH-UBND ngày 05/01/2024", "Điểm bị trừ");
			// an area row is bold and carries its totals
			int area1 = wb.row(sheet, 0, "1");
			assertThat(wb.string(sheet, area1, 1)).isEqualTo("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC");
			assertThat(wb.bold(sheet, area1, 1)).isTrue();
			assertThat(wb.number(sheet, area1, 2)).isEqualTo(10.0);
			assertThat(wb.number(sheet, area1, 3)).isEqualTo(8.75, within(1e-9));
			assertThat(wb.number(sheet, area1, 5)).isEqualTo(1.5, within(1e-9));
			int totalsBlock = wb.row(sheet, 1, "Tổng hợp theo lĩnh vực");
			assertThat(wb.merged(sheet, totalsBlock, totalsBlock, 1, 8)).isTrue();
			int c11 = wb.row(sheet, 0, "1.1");
			assertThat(wb.number(sheet, c11, 3)).isEqualTo(2.75, within(1e-9));
			assertThat(wb.number(sheet, c11, 4)).isEqualTo(2.5, within(1e-9));
			assertThat(wb.number(sheet, c11, 5)).isEqualTo(0.5, within(1e-9));
			// area totals: the two self-assessed areas only
			int totals = wb.row(sheet, 1, "Tổng hợp theo lĩnh vực");
			assertThat(wb.number(sheet, totals + 1, 3)).isEqualTo(8.75, within(1e-9));
			assertThat(wb.number(sheet, totals + 1, 4)).isEqualTo(8.5, within(1e-9));
			assertThat(wb.number(sheet, totals + 2, 5)).isEqualTo(7, within(1e-9));
			int province = wb.row(sheet, 1, "Tổng điểm tự đánh giá toàn tỉnh");
			assertThat(province).isEqualTo(totals + 3);
			assertThat(new double[] { wb.number(sheet, province, 2), wb.number(sheet, province, 3),
					wb.number(sheet, province, 4), wb.number(sheet, province, 5) })
				.containsExactly(20, 12.25, 11.5, 8.5);
			// the survey: its maximum and the estimate once, no self score, never lost
			int survey = wb.row(sheet, 1, "Điểm điều tra xã hội học (ước tính)");
			assertThat(wb.number(sheet, survey, 2)).isEqualTo(35.0);
			assertThat(wb.rowAt(sheet, survey).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(wb.number(sheet, survey, 4)).isEqualTo(30.5, within(1e-9));
			assertThat(wb.rowAt(sheet, survey).getCell(5).getCellType()).isEqualTo(CellType.BLANK);
			int projected = wb.row(sheet, 1, "Tổng điểm dự kiến");
			assertThat(wb.number(sheet, projected, 2)).isEqualTo(55.0);
			assertThat(wb.number(sheet, projected, 4)).isEqualTo(42.0, within(1e-9));
			assertThat(wb.number(sheet, wb.row(sheet, 1, "Chỉ số dự kiến (%)"), 4)).isEqualTo(76.36, within(1e-9));
			// the survey-only criteria are not listed as criteria of the self-assessment
			assertThat(wb.count("Mức độ hài lòng của người dân")).isZero();
			// every criterion once in the tree (areas again in the totals)
			assertThat(wb.count("Kế hoạch CCHC năm")).isEqualTo(1);
			assertThat(wb.count("Công tác chỉ đạo, điều hành CCHC")).isEqualTo(1);
			assertThat(wb.count("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC")).isEqualTo(1);
		}
	}

	@Test
	void selfScoringReportSaysWhenTheSurveyEstimateComesFromLastYear() throws Exception {
		ScoringData sample = ReportSamples.smallScoring();
		vn.chiso.scoring.Scorecard card = sample.scorecard();
		vn.chiso.scoring.Projection p = card.projection();
		vn.chiso.scoring.Projection defaulted = new vn.chiso.scoring.Projection(p.selfPartMax(), p.selfPartPoints(),
				p.surveyMax(), new java.math.BigDecimal("21"), true, new java.math.BigDecimal("60"),
				new java.math.BigDecimal("58.18"), null, null, null);
		ScoringData data = new ScoringData(new vn.chiso.scoring.Scorecard(card.round(), null, card.rows(), card.total(),
				defaulted, card.submittedAreas(), card.areas()), sample.evidence());
		try (Workbook wb = Workbook.of(
				out -> new SelfScoringExport(this.text, this.settings).write(data, ReportSamples.DATE, out))) {
			String sheet = "Tháng 08-2024";
			assertThat(wb.texts(sheet)).contains("Điểm điều tra xã hội học (ước tính theo tỷ lệ năm trước)");
			int projected = wb.row(sheet, 1, "Tổng điểm dự kiến");
			assertThat(wb.number(sheet, projected, 2)).isEqualTo(55.0);
			assertThat(wb.number(sheet, projected, 4)).isEqualTo(32.5, within(1e-9));
			assertThat(wb.number(sheet, wb.row(sheet, 1, "Chỉ số dự kiến (%)"), 4)).isEqualTo(58.18);
		}
	}

	@Test
	void disciplineReportHasOneSheetPerRoundWithProvinceTotals() throws Exception {
		try (Workbook wb = Workbook.of(out -> new DisciplineExport(this.text, this.settings)
			.write(ReportSamples.smallDiscipline(), ReportSamples.DATE, out))) {
			assertThat(wb.sheetNames()).containsExactly("Quý I-2024", "6 tháng đầu năm 2024");
			int total = wb.row("Quý I-2024", 1, "Toàn tỉnh");
			assertThat(new double[] { wb.number("Quý I-2024", total, 2), wb.number("Quý I-2024", total, 3),
					wb.number("Quý I-2024", total, 4), wb.number("Quý I-2024", total, 5) })
				.containsExactly(16, 11, 3, 2);
			assertThat(wb.number("Quý I-2024", total, 6)).isEqualTo(11.0 / 16, within(1e-9));
			assertThat(wb.texts("Quý I-2024")).contains("(Thời hạn gửi báo cáo: 13/03/2024)", "Sở Tư pháp");
			assertThat(wb.texts("6 tháng đầu năm 2024")).doesNotContain("Sở Tư pháp");
		}
	}

	@Test
	void yearOverviewComparesWithLastYearAndSaysWhetherTargetsAreMet() throws Exception {
		try (Workbook wb = Workbook.of(out -> new YearOverviewExport(this.text, this.settings)
			.write(ReportSamples.smallYear(), ReportSamples.DATE, out))) {
			String sheet = "Năm 2024";
			assertThat(wb.texts(sheet)).contains("Điểm 2024", "Điểm 2023", "Xếp hạng 2024", "20/63", "28/63",
					"Tăng ít nhất 5 bậc", "Đạt", "Chưa đạt", "Nhóm trung bình thấp", "Chỉ số PAPI (điểm)",
					"Ghi chú: số tỉnh, thành phố được xếp hạng theo từng năm – PAR INDEX 2024: 63, 2023: 63.");
			int par = wb.row(sheet, 1, "Chỉ số chung");
			assertThat(wb.number(sheet, par, 6)).isEqualTo(1.72, within(1e-9));
			assertThat(wb.string(sheet, par, 8)).isEqualTo("Đạt");
		}
	}

	@Test
	void fileNamesHaveNoDiacritics() {
		assertThat(ReportFileNames.xlsx("Bao-cao-Quý III/2024-150/KH-UBND")).isEqualTo("Bao-cao-Quy-III-2024-150-KH-UBND.xlsx");
		assertThat(ReportFileNames.slug("Đường đến 6 tháng đầu năm")).isEqualTo("Duong-den-6-thang-dau-nam");
	}

}
