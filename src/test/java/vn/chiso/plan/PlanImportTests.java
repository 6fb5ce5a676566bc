package vn.chiso.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.excel.SafeXlsxReader;
import vn.chiso.common.excel.XlsxImportException;
import vn.chiso.plan.PlanViews.TaskAgencies;
import vn.chiso.plan.PlanViews.TaskFilter;
import vn.chiso.plan.PlanViews.TaskView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ChiSoIntegrationTest
class PlanImportTests {

	@Autowired
	PlanImportService importer;

	@Autowired
	TaskQueries queries;

	@Autowired
	AgencyService agencies;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void agencies() {
		PlanFixtures.ensureDemoAgencies(this.agencies);
	}

	@Test
	void importsTheShippedPlanWithEveryTaskOfTheDocument() throws IOException {
		String code = PlanFixtures.uniqueCode();
		ParsedPlan parsed = read(PlanFixtures.seedPlanWithCode(code));
		assertThat(parsed.problems()).filteredOn(ImportProblem::isError).isEmpty();
		long planId = this.importer.write(parsed, PlanStatus.ACTIVE);

		List<TaskView> tasks = this.queries.tasksOfPlan(planId);
		assertThat(tasks).hasSize(97);
		Map<String, Long> perSection = tasks.stream()
			.collect(Collectors.groupingBy(TaskView::sectionPath, Collectors.counting()));
		assertThat(perSection).containsEntry("Phụ lục 01 › A › I", 6L)
			.containsEntry("Phụ lục 01 › A › II", 5L)
			.containsEntry("Phụ lục 01 › A › III", 6L)
			.containsEntry("Phụ lục 01 › A › IV", 4L)
			.containsEntry("Phụ lục 01 › A › V", 5L)
			.containsEntry("Phụ lục 01 › A › VI", 7L)
			.containsEntry("Phụ lục 01 › A › VII", 6L)
			.containsEntry("Phụ lục 01 › A › VIII", 5L)
			.containsEntry("Phụ lục 01 › B", 2L)
			.containsEntry("Phụ lục 01 › C › I", 2L)
			.containsEntry("Phụ lục 01 › C › II", 1L)
			.containsEntry("Phụ lục 01 › C › III", 4L)
			.containsEntry("Phụ lục 01 › C › IV", 1L)
			.containsEntry("Phụ lục 01 › C › V", 3L)
			.containsEntry("Phụ lục 02 › 1", 4L)
			.containsEntry("Phụ lục 02 › 2 › 2.1", 3L)
			.containsEntry("Phụ lục 02 › 2 › 2.2", 3L)
			.containsEntry("Phụ lục 02 › 2 › 2.3", 4L)
			.containsEntry("Phụ lục 02 › 3", 4L)
			.containsEntry("Phụ lục 02 › 4", 6L)
			.containsEntry("Phụ lục 02 › 5", 8L)
			.containsEntry("Phụ lục 02 › 6", 4L)
			.containsEntry("Phụ lục 02 › 7", 3L)
			.containsEntry("Phụ lục 02 › 8", 1L);
		assertThat(this.queries.plan(planId).status()).isEqualTo(PlanStatus.ACTIVE);
		assertThat(this.queries.plan(planId).replacesText()).contains("196/KH-UBND");

		Map<String, TaskView> first = tasks.stream()
			.filter(t -> t.sectionPath().startsWith("Phụ lục 01"))
			.collect(Collectors.toMap(TaskView::number, Function.identity()));
		TaskView task3 = first.get("3");
		assertThat(names(task3.lead())).containsExactly("Sở Nội vụ");
		assertThat(names(task3.cooperating())).containsExactly("Văn phòng Ủy ban nhân dân tỉnh", "Sở Tư pháp",
				"Sở Tài chính", "Sở Thông tin và Truyền thông", "Sở Kế hoạch và Đầu tư");
		assertThat(task3.criteria()).extracting(PlanViews.CriterionLink::indexCode, PlanViews.CriterionLink::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PAR_INDEX", "1"));

		TaskView task36 = first.get("36");
		assertThat(task36.timingText()).isEqualTo("Tháng 7/2024");
		assertThat(task36.completionText()).isEqualTo("Tháng 12/2024");
		assertThat(names(task36.lead())).containsExactly("Văn phòng Ủy ban nhân dân tỉnh");
		assertThat(task36.cooperating()).extracting(AssignmentItem::kind)
			.containsExactly(AssignmentKind.AGENCY, AssignmentKind.TEXT);

		TaskView task6 = first.get("6");
		assertThat(task6.lead()).extracting(AssignmentItem::groupCode).containsExactly("SO_BAN_NGANH", "UBND_HUYEN");
		TaskAgencies at = this.queries.agenciesAt(task6, LocalDate.of(2024, 9, 1));
		assertThat(at.lead()).extracting(AgencyView::code).contains("STP", "VPUBND", "H_YENSON");
		assertThat(at.cooperating()).extracting(AgencyView::code).containsExactly("SNV");

		TaskView task7 = first.get("7");
		assertThat(task7.lead()).extracting(AssignmentItem::kind)
			.containsExactly(AssignmentKind.AGENCY, AssignmentKind.GROUP, AssignmentKind.TEXT);
		assertThat(task7.criteria()).extracting(PlanViews.CriterionLink::code).containsExactly("2");
		assertThat(first.get("45").criteria()).isEmpty();
		assertThat(first.get("45").indexCode()).isEqualTo("PAR_INDEX");
		assertThat(first.get("50").criteria()).extracting(PlanViews.CriterionLink::indexCode,
				PlanViews.CriterionLink::code).containsExactly(org.assertj.core.groups.Tuple.tuple("SIPAS", "3"));
		assertThat(first.get("30").target()).isEqualTo("95-100% kế hoạch");

		TaskView papi = tasks.stream()
			.filter(t -> t.sectionPath().equals("Phụ lục 02 › 2 › 2.1") && t.number().equals("c)"))
			.findFirst()
			.orElseThrow();
		assertThat(papi.content()).startsWith("Thanh tra, kiểm tra; xử lý nghiêm minh");
		assertThat(names(papi.lead())).containsExactly("Thanh tra tỉnh", "Sở Lao động - Thương binh và Xã hội",
				"UBND các huyện, thành phố");
		assertThat(papi.timingText()).isEqualTo("Định kỳ, đột xuất");
		assertThat(papi.criteria()).extracting(PlanViews.CriterionLink::indexCode, PlanViews.CriterionLink::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PAPI", "2"));
		TaskView split = tasks.stream()
			.filter(t -> t.sectionPath().equals("Phụ lục 02 › 5") && t.number().equals("5.3"))
			.findFirst()
			.orElseThrow();
		assertThat(split.content()).startsWith("Nâng cao trách nhiệm người đứng đầu").doesNotContain("5.4");
		assertThat(split.lead()).extracting(AssignmentItem::groupCode)
			.containsExactly("CQ_CHUYEN_MON", "UBND_HUYEN", "UBND_XA");
		assertThat(split.criteria()).extracting(PlanViews.CriterionLink::code).containsExactly("5");
	}

	@Test
	void findsTasksIgnoringAccentsAndCase() throws IOException {
		String code = PlanFixtures.uniqueCode();
		long planId = this.importer.write(read(PlanFixtures.seedPlanWithCode(code)), PlanStatus.ACTIVE);
		List<TaskView> found = this.queries
			.search(new TaskFilter(planId, null, null, null, null, null, "TU PHAP", false));
		assertThat(found).extracting(TaskView::number).contains("7", "8", "9", "10", "11", "3");
		assertThat(found).allSatisfy(t -> assertThat(VietnameseText(t)).contains("tu phap"));
		Long stp = this.agencies.findByCode("STP").orElseThrow().id();
		List<TaskView> led = this.queries.search(new TaskFilter(planId, null, null, stp, null, null, null, false));
		// directly (7–11) and through "Các sở, ban, ngành" (6, 13 …); not tasks led by Sở Nội vụ or VP UBND alone
		assertThat(led).extracting(TaskView::number).contains("7", "8", "9", "10", "11", "6", "13")
			.doesNotContain("2", "3", "12");
		List<TaskView> cooperating = this.queries
			.search(new TaskFilter(planId, null, null, null, stp, null, null, false));
		// task 3 names it, 34 through its group; task 5 cooperates through "Văn phòng UBND" only
		assertThat(cooperating).extracting(TaskView::number).contains("3", "4", "34").doesNotContain("5", "7");
		List<TaskView> papi = this.queries.search(new TaskFilter(planId, "PAPI", null, null, null, null, null, false));
		assertThat(papi).hasSize(40);
	}

	@Test
	void aFileWithErrorsWritesNothing() throws IOException {
		byte[] bytes;
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(PlanFixtures.seedPlanWithCode(PlanFixtures.uniqueCode())));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.getSheet("Phụ lục 01");
			Row row = sheet.getRow(5); // a task row
			row.getCell(2).setCellValue("Sở Ngoại giao tỉnh");
			row.getCell(1).setCellValue("");
			sheet.getRow(6).getCell(0).setCellValue(sheet.getRow(5).getCell(0).getStringCellValue());
			sheet.getRow(7).createCell(6).setCellValue("PAR_INDEX:99");
			sheet.getRow(8).createCell(7).setCellFormula("1+1");
			sheet.addMergedRegion(new CellRangeAddress(9, 10, 2, 2));
			wb.write(out);
			bytes = out.toByteArray();
		}
		ParsedPlan parsed = read(bytes);
		// only what makes the data unusable blocks; an unknown agency, a repeated number and a merged cell are warnings
		assertThat(parsed.problems()).filteredOn(ImportProblem::isError)
			.extracting(ImportProblem::messageKey)
			.contains("plan.import.emptyContent", "plan.import.unknownCriterion", "excel.formula")
			.doesNotContain("plan.import.unknownAgency", "plan.import.repeatedNumber", "plan.import.merged");
		assertThat(parsed.problems()).filteredOn(p -> !p.isError())
			.extracting(ImportProblem::messageKey)
			.contains("plan.import.unknownAgency", "plan.import.repeatedNumber", "plan.import.merged");
		ImportProblem unknown = parsed.problems()
			.stream()
			.filter(p -> p.messageKey().equals("plan.import.unknownAgency"))
			.findFirst()
			.orElseThrow();
		assertThat(unknown.sheet()).isEqualTo("Phụ lục 01");
		assertThat(unknown.row()).isEqualTo(6);
		assertThat(unknown.column()).isEqualTo("Cơ quan chủ trì");
		int plans = count("plan");
		int tasks = count("task");
		int sections = count("plan_section");
		assertThatThrownBy(() -> this.importer.write(parsed, PlanStatus.DRAFT)).isInstanceOf(BusinessRuleException.class);
		assertThat(count("plan")).isEqualTo(plans);
		assertThat(count("task")).isEqualTo(tasks);
		assertThat(count("plan_section")).isEqualTo(sections);
	}

	@Test
	void aFailureHalfwayRollsBackTheWholePlan() throws IOException {
		ParsedPlan parsed = read(PlanFixtures.seedPlanWithCode(PlanFixtures.uniqueCode()));
		List<ParsedPlan.Task> tasks = new java.util.ArrayList<>(parsed.tasks());
		ParsedPlan.Task last = tasks.remove(tasks.size() - 1);
		// an agency that does not exist: the very last insert fails on its foreign key
		tasks.add(new ParsedPlan.Task(last.sectionKey(), last.number(), last.content(), last.target(), last.leadText(),
				last.cooperatingText(), last.timingText(), last.completionText(), last.scheduleKind(), last.scheduleJson(),
				last.timingExplanation(), last.indexCode(), last.criterionIds(),
				List.of(new AssignmentItem(AssignmentKind.AGENCY, -1L, null, "?", "?", false)), last.cooperating(),
				last.sheet(), last.row()));
		ParsedPlan broken = new ParsedPlan(parsed.code(), parsed.issueDate(), parsed.title(), parsed.issuingBody(),
				parsed.signer(), parsed.firstYear(), parsed.lastYear(), parsed.replacesText(), parsed.sections(), tasks,
				parsed.problems());
		int plans = count("plan");
		int sections = count("plan_section");
		int taskRows = count("task");
		int assignments = count("task_assignment");
		assertThatThrownBy(() -> this.importer.write(broken, PlanStatus.ACTIVE))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		assertThat(count("plan")).isEqualTo(plans);
		assertThat(count("plan_section")).isEqualTo(sections);
		assertThat(count("task")).isEqualTo(taskRows);
		assertThat(count("task_assignment")).isEqualTo(assignments);
	}

	@Test
	void refusesFilesItCannotRead() throws IOException {
		assertRefused("đây không phải Excel".getBytes(), "excel.notXlsx");
		ByteArrayOutputStream xls = new ByteArrayOutputStream();
		try (HSSFWorkbook old = new HSSFWorkbook()) {
			old.createSheet("x");
			old.write(xls);
		}
		assertRefused(xls.toByteArray(), "excel.encryptedOrOld");
		byte[] corrupt = new byte[200];
		System.arraycopy(new byte[] { 'P', 'K', 3, 4 }, 0, corrupt, 0, 4);
		assertRefused(corrupt, "excel.corrupt");
		assertThatThrownBy(() -> this.importer.read(new ByteArrayInputStream(new byte[10]), SafeXlsxReader.MAX_BYTES + 1))
			.isInstanceOfSatisfying(XlsxImportException.class, ex -> assertThat(ex.getMessageKey()).isEqualTo("excel.tooLarge"));
		ByteArrayOutputStream big = new ByteArrayOutputStream();
		try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
			Sheet sheet = wb.createSheet("Phụ lục 01");
			for (int i = 0; i <= SafeXlsxReader.MAX_ROWS; i++) {
				sheet.createRow(i).createCell(0).setCellValue(i);
			}
			wb.write(big);
		}
		assertRefused(big.toByteArray(), "excel.tooManyRows");
	}

	private void assertRefused(byte[] bytes, String key) {
		int plans = count("plan");
		assertThatThrownBy(() -> read(bytes)).isInstanceOfSatisfying(XlsxImportException.class,
				ex -> assertThat(ex.getMessageKey()).isEqualTo(key));
		assertThat(count("plan")).isEqualTo(plans);
	}

	private ParsedPlan read(byte[] bytes) {
		return this.importer.read(new ByteArrayInputStream(bytes), bytes.length);
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private static List<String> names(List<AssignmentItem> items) {
		return items.stream().map(AssignmentItem::label).toList();
	}

	private static String VietnameseText(TaskView t) {
		return vn.chiso.common.VietnameseText.fold(t.content() + " " + t.leadText() + " " + t.cooperatingText());
	}

}
