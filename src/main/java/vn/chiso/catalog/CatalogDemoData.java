package vn.chiso.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.config.DemoDatasetCondition;

/**
 * Demo catalog data, after the demo agencies (order 2): the departments responsible for the PAR INDEX areas as plan
 * 150/KH-UBND §IV.3 assigns them (with the 2025 successors of merged departments), an illustrative detailed PAR INDEX
 * set for 2024 and 2025 (its name says it is not official), Tuyên Quang's 2023 results from plan §III, a few 2024
 * figures marked "số liệu minh họa", and the targets of plan §I and §III. Each part runs only if it is missing.
 */
@Component
@Conditional(DemoDatasetCondition.TuyenQuang.class)
@Order(2)
class CatalogDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

	private static final String PAR = "PAR_INDEX";

	static final String ILLUSTRATIVE_NAME = "Chỉ số CCHC cấp tỉnh năm %d – Bộ tiêu chí minh họa – không phải điểm chính thức";

	private static final String PLAN = "Kế hoạch 150/KH-UBND ngày 12/8/2024 của UBND tỉnh Tuyên Quang, ";

	private static final String ILLUSTRATIVE_NOTE = "Số liệu minh họa – không phải kết quả công bố chính thức";

	/** Area → agency code, 2024 (plan 150 §IV.3). */
	private static final Map<String, String> AGENCIES_2024 = Map.of("1", "SNV", "2", "STP", "3", "VPUBND", "4", "SNV",
			"5", "SNV", "6", "STC", "7", "STTTT", "8", "SKHDT");

	/** Area → agency code, 2025: Sở TT&TT merged into Sở KH&CN, Sở KH&ĐT into Sở Tài chính (NĐ 45/2025). */
	private static final Map<String, String> AGENCIES_2025 = Map.of("1", "SNV", "2", "STP", "3", "VPUBND", "4", "SNV",
			"5", "SNV", "6", "STC", "7", "SKHCN", "8", "STC");

	private final CatalogService catalog;

	private final ResultService results;

	private final AgencyService agencies;

	private final TransactionTemplate tx;

	CatalogDemoData(CatalogService catalog, ResultService results, AgencyService agencies, TransactionTemplate tx) {
		this.catalog = catalog;
		this.results = results;
		this.agencies = agencies;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.agencies.findByCode("SNV").isEmpty()) {
			log.warn("Chưa có dữ liệu cơ quan mẫu: bỏ qua dữ liệu mẫu của bộ chỉ số");
			return;
		}
		this.tx.executeWithoutResult(status -> {
			assignAreaAgencies(2024, AGENCIES_2024);
			assignAreaAgencies(2025, AGENCIES_2025);
			illustrativeSet(2024, AGENCIES_2024);
			illustrativeSet(2025, AGENCIES_2025);
			results2023();
			illustrativeResults2024();
			targets(2024);
			targets(2025);
			currentYearSet(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
		});
		log.info("Đã kiểm tra dữ liệu mẫu của bộ chỉ số (cơ quan phụ trách, bộ tiêu chí minh họa, kết quả, mục tiêu)");
	}

	/**
	 * So that monthly self-scoring is alive on any date, a later year without a PAR INDEX set gets a copy of the latest
	 * illustrative one (its name keeps saying it is illustrative).
	 */
	private void currentYearSet(int year) {
		List<SetSummary> par = this.catalog.indices()
			.stream()
			.filter(i -> i.code().equals(PAR))
			.flatMap(i -> i.sets().stream())
			.filter(s -> s.subject() == Subject.PROVINCE)
			.toList();
		if (par.stream().anyMatch(s -> s.year() == year)) {
			return;
		}
		par.stream()
			.filter(s -> s.illustrative() && s.year() < year)
			.max(java.util.Comparator.comparingInt(SetSummary::year))
			.ifPresent(latest -> this.catalog.copyToYear(latest.id(), year));
	}

	/** The first revision (areas only, from the migrations) gets its responsible agencies. */
	private void assignAreaAgencies(int year, Map<String, String> byArea) {
		firstRevision(year).filter(s -> !s.locked()).ifPresent(set -> byArea.forEach((area, agencyCode) -> this.agencies
			.findByCode(agencyCode)
			.ifPresent(a -> this.catalog.assignAgency(set.id(), area, a.id()))));
	}

	private void illustrativeSet(int year, Map<String, String> byArea) {
		boolean exists = this.catalog.indices()
			.stream()
			.filter(i -> i.code().equals(PAR))
			.flatMap(i -> i.sets().stream())
			.anyMatch(s -> s.year() == year && s.subject() == Subject.PROVINCE && s.illustrative());
		Optional<SetSummary> base = firstRevision(year);
		if (exists || base.isEmpty()) {
			return;
		}
		SetSummary set = this.catalog.newRevision(base.get().id());
		SetForm rename = SetForm.from(set);
		rename.setName(String.format(ILLUSTRATIVE_NAME, year));
		rename.setIllustrative(true);
		rename.setLegalBasis("Minh họa theo cấu trúc Quyết định 876/QĐ-BNV ngày 10/11/2022 (không phải Bảng 2 chính thức)");
		this.catalog.renameSet(set.id(), rename);
		Map<String, Long> areaIds = new java.util.HashMap<>();
		this.catalog.getSetView(set.id()).rows().forEach(r -> areaIds.put(r.code(), r.id()));
		for (String[] c : CRITERIA) {
			String code = c[0];
			String area = code.substring(0, code.indexOf('.'));
			CriterionForm form = new CriterionForm();
			form.setParentId(areaIds.get(CriterionCode.parentOf(code)));
			form.setCode(code);
			form.setName(c[1]);
			form.setMaxPoints(c.length > 2 ? c[2] : null);
			form.setScoreStep(c.length > 3 ? c[3] : null);
			form.setAssessmentMethod(c.length > 4 && "S".equals(c[4]) ? AssessmentMethod.SURVEY
					: AssessmentMethod.SELF_APPRAISED);
			form.setResponsibleAgencyId(this.agencies.findByCode(byArea.get(area)).map(AgencyView::id).orElse(null));
			areaIds.put(code, this.catalog.addCriterion(set.id(), form).id());
		}
	}

	/** Plan 150 §III.1 (PAR INDEX component ranks 2023) and §III.3 (PAPI groups 2023); no overall figures invented. */
	private void results2023() {
		String parNote = PLAN + "mục III.1";
		int[][] parRanks = { { 1, 44 }, { 2, 4 }, { 3, 44 }, { 4, 7 }, { 5, 3 }, { 6, 28 }, { 7, 38 }, { 8, 32 } };
		for (int[] r : parRanks) {
			recordIfAbsent(PAR, 2023, String.valueOf(r[0]), null, r[1], 63, null, parNote);
		}
		String papiNote = PLAN + "mục III.3";
		PapiGroup[] groups = { PapiGroup.TRUNG_BINH_CAO, PapiGroup.TRUNG_BINH_THAP, PapiGroup.TRUNG_BINH_THAP,
				PapiGroup.TRUNG_BINH_CAO, PapiGroup.TRUNG_BINH_THAP, PapiGroup.THAP_NHAT, PapiGroup.TRUNG_BINH_THAP,
				PapiGroup.TRUNG_BINH_THAP };
		for (int d = 0; d < groups.length; d++) {
			recordIfAbsent("PAPI", 2023, String.valueOf(d + 1), null, null, null, groups[d], papiNote);
		}
	}

	/** Invented 2024 component ranks so that the demo shows met and missed targets; the note says so. */
	private void illustrativeResults2024() {
		int[][] parRanks = { { 1, 38 }, { 2, 5 }, { 3, 41 }, { 4, 6 }, { 5, 3 }, { 6, 22 }, { 7, 35 }, { 8, 30 } };
		for (int[] r : parRanks) {
			recordIfAbsent(PAR, 2024, String.valueOf(r[0]), null, r[1], 63, null, ILLUSTRATIVE_NOTE);
		}
	}

	private void targets(int year) {
		this.results.defineTargetIfAbsent(PAR, year, null, TargetKind.MAINTAIN, null, null,
				"Phấn đấu duy trì và tăng thứ bậc Chỉ số cải cách hành chính cấp tỉnh năm 2024 và năm 2025");
		String[][] gain = { { "1", "Chỉ số công tác chỉ đạo, điều hành" }, { "3", "Chỉ số cải cách thủ tục hành chính" },
				{ "6", "Chỉ số cải cách tài chính công" },
				{ "7", "Chỉ số xây dựng Chính quyền điện tử, Chính quyền số" },
				{ "8", "Chỉ số tác động của cải cách hành chính đến phát triển kinh tế - xã hội" } };
		for (String[] g : gain) {
			this.results.defineTargetIfAbsent(PAR, year, g[0], TargetKind.RANK_GAIN, BigDecimal.valueOf(5), null,
					g[1] + ": phấn đấu tăng tối thiểu từ 05 bậc trở lên");
		}
		String[][] keep = { { "2", "Chỉ số cải cách thể chế" },
				{ "4", "Chỉ số cải cách tổ chức bộ máy hành chính nhà nước" }, { "5", "Chỉ số cải cách chế độ công vụ" } };
		for (String[] k : keep) {
			this.results.defineTargetIfAbsent(PAR, year, k[0], TargetKind.MAINTAIN, null, null, k[1]
					+ ": tiếp tục thực hiện tốt các nhiệm vụ để duy trì và cải thiện, nâng cao các tiêu chí thành phần");
		}
		this.results.defineTargetIfAbsent("SIPAS", year, null, TargetKind.RANK_GAIN, BigDecimal.valueOf(2), null,
				"Phấn đấu Chỉ số hài lòng của người dân cấp tỉnh năm 2024 và năm 2025 tăng tối thiểu từ 02 bậc trở lên");
		this.results.defineTargetIfAbsent("PAPI", year, null, TargetKind.GROUP_AT_LEAST, null, PapiGroup.TRUNG_BINH_CAO,
				"Phấn đấu Chỉ số PAPI năm 2024 và năm 2025 xếp ở nhóm đạt điểm trung bình cao trở lên");
		String[] dims = { "Tăng cường sự tham gia của người dân ở cơ sở: Duy trì nhóm đạt điểm trung bình cao",
				"Thực hiện tốt việc công khai, minh bạch đối với việc ra quyết định tại địa phương: Phấn đấu nhóm đạt điểm trung bình cao",
				"Nâng cao trách nhiệm giải trình với người dân: Phấn đấu nhóm đạt điểm trung bình cao",
				"Kiểm soát tham nhũng trong khu vực công: Duy trì nhóm đạt điểm trung bình cao",
				"Tập trung cải cách thủ tục hành chính công: Phấn đấu nhóm đạt điểm trung bình cao",
				"Cải thiện chất lượng cung ứng dịch vụ công: Phấn đấu nhóm đạt điểm trung bình cao",
				"Quản trị môi trường: Phấn đấu nhóm đạt điểm trung bình cao",
				"Quản trị điện tử: Phấn đấu nhóm đạt điểm trung bình cao" };
		for (int d = 0; d < dims.length; d++) {
			this.results.defineTargetIfAbsent("PAPI", year, String.valueOf(d + 1), TargetKind.GROUP_AT_LEAST, null,
					PapiGroup.TRUNG_BINH_CAO, dims[d]);
		}
	}

	private void recordIfAbsent(String index, int year, String component, BigDecimal score, Integer rank,
			Integer outOf, PapiGroup group, String note) {
		if (this.results.findResult(index, year, component).isEmpty()) {
			this.results.recordResult(index, year, component, score, rank, outOf, group, note);
		}
	}

	private Optional<SetSummary> firstRevision(int year) {
		return this.catalog.indices()
			.stream()
			.filter(i -> i.code().equals(PAR))
			.flatMap(i -> i.sets().stream())
			.filter(s -> s.year() == year && s.subject() == Subject.PROVINCE && s.revision() == 1)
			.findFirst();
	}

	/** code, name[, max points, step[, "S" = survey]]: 70 points, 13 of them from the survey. */
	static final List<String[]> CRITERIA = List.of(
			new String[] { "1.1", "Kế hoạch cải cách hành chính năm" },
			new String[] { "1.1.1", "Ban hành kế hoạch cải cách hành chính năm của tỉnh đúng thời hạn", "1", "0.5" },
			new String[] { "1.1.2", "Mức độ hoàn thành kế hoạch cải cách hành chính năm", "1", "0.25" },
			new String[] { "1.2", "Báo cáo cải cách hành chính" },
			new String[] { "1.2.1", "Thực hiện đầy đủ, đúng thời hạn các báo cáo cải cách hành chính định kỳ", "1.5", "0.5" },
			new String[] { "1.3", "Kiểm tra công tác cải cách hành chính" },
			new String[] { "1.3.1", "Mức độ thực hiện kế hoạch kiểm tra cải cách hành chính", "1", "0.5" },
			new String[] { "1.3.2", "Xử lý các vấn đề phát hiện qua kiểm tra", "1", "0.25" },
			new String[] { "1.4", "Thông tin, tuyên truyền và tác động của công tác chỉ đạo, điều hành" },
			new String[] { "1.4.1", "Mức độ thực hiện kế hoạch thông tin, tuyên truyền cải cách hành chính", "1", "0.5" },
			new String[] { "1.4.2", "Đánh giá của lãnh đạo, quản lý về công tác chỉ đạo, điều hành cải cách hành chính", "1.5", "0.25", "S" },
			new String[] { "2.1", "Xây dựng và tổ chức thực hiện văn bản QPPL tại tỉnh" },
			new String[] { "2.1.1", "Mức độ thực hiện kế hoạch xây dựng văn bản quy phạm pháp luật năm", "1.5", "0.5" },
			new String[] { "2.1.2", "Tổ chức thực hiện văn bản quy phạm pháp luật của Trung ương và của tỉnh", "1.5", "0.5" },
			new String[] { "2.2", "Theo dõi thi hành pháp luật" },
			new String[] { "2.2.1", "Ban hành và thực hiện kế hoạch theo dõi thi hành pháp luật", "1", "0.5" },
			new String[] { "2.2.2", "Xử lý kết quả theo dõi thi hành pháp luật", "1", "0.25" },
			new String[] { "2.3", "Rà soát, hệ thống hóa văn bản QPPL và chất lượng văn bản" },
			new String[] { "2.3.1", "Thực hiện rà soát, hệ thống hóa văn bản quy phạm pháp luật", "1.5", "0.5" },
			new String[] { "2.3.2", "Chất lượng văn bản QPPL do tỉnh ban hành theo đánh giá của lãnh đạo, quản lý", "1.5", "0.25", "S" },
			new String[] { "3.1", "Kiểm soát thủ tục hành chính" },
			new String[] { "3.1.1", "Rà soát, đơn giản hóa thủ tục hành chính", "1.5", "0.5" },
			new String[] { "3.1.2", "Công bố, công khai thủ tục hành chính", "1.5", "0.5" },
			new String[] { "3.2", "Thực hiện cơ chế một cửa, một cửa liên thông" },
			new String[] { "3.2.1", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn", "2", "0.25" },
			new String[] { "3.2.2", "Thực hiện xin lỗi người dân, tổ chức khi giải quyết hồ sơ trễ hẹn", "1", "0.5" },
			new String[] { "3.2.3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "1", "0.25" },
			new String[] { "3.3", "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính" },
			new String[] { "3.3.1", "Tỷ lệ phản ánh, kiến nghị được xử lý đúng thời hạn", "2", "0.5" },
			new String[] { "3.4", "Đánh giá của người dân, tổ chức về giải quyết thủ tục hành chính" },
			new String[] { "3.4.1", "Mức độ hài lòng về giải quyết thủ tục hành chính qua điều tra xã hội học", "2", "0.25", "S" },
			new String[] { "4.1", "Sắp xếp, tổ chức bộ máy hành chính" },
			new String[] { "4.1.1", "Rà soát, kiện toàn chức năng, nhiệm vụ của các cơ quan chuyên môn", "1.5", "0.5" },
			new String[] { "4.1.2", "Thực hiện quy định về cơ cấu số lượng lãnh đạo", "1.5", "0.5" },
			new String[] { "4.2", "Quản lý biên chế" },
			new String[] { "4.2.1", "Sử dụng biên chế công chức, số lượng người làm việc được giao", "1", "0.5" },
			new String[] { "4.2.2", "Thực hiện tinh giản biên chế", "1", "0.25" },
			new String[] { "4.3", "Phân cấp quản lý" },
			new String[] { "4.3.1", "Thực hiện các quy định về phân cấp quản lý", "1", "0.5" },
			new String[] { "4.3.2", "Tác động của phân cấp quản lý theo đánh giá của lãnh đạo, quản lý", "1", "0.25", "S" },
			new String[] { "5.1", "Vị trí việc làm và cơ cấu ngạch công chức" },
			new String[] { "5.1.1", "Phê duyệt và thực hiện vị trí việc làm, cơ cấu ngạch công chức", "2", "0.5" },
			new String[] { "5.2", "Tuyển dụng và bổ nhiệm" },
			new String[] { "5.2.1", "Thực hiện quy định về tuyển dụng công chức, viên chức", "1.5", "0.5" },
			new String[] { "5.2.2", "Thực hiện quy định về bổ nhiệm lãnh đạo, quản lý", "1.5", "0.5" },
			new String[] { "5.3", "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức" },
			new String[] { "5.3.1", "Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng", "2", "0.25" },
			new String[] { "5.4", "Kỷ luật, kỷ cương hành chính" },
			new String[] { "5.4.1", "Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức", "1", "0.5" },
			new String[] { "5.4.2", "Chất lượng đội ngũ công chức theo đánh giá của lãnh đạo, quản lý", "1", "0.25", "S" },
			new String[] { "6.1", "Quản lý, sử dụng ngân sách nhà nước" },
			new String[] { "6.1.1", "Tỷ lệ giải ngân kế hoạch vốn đầu tư công", "1.5", "0.25" },
			new String[] { "6.1.2", "Thực hiện công khai ngân sách theo quy định", "1.5", "0.5" },
			new String[] { "6.2", "Quản lý, sử dụng tài sản công" },
			new String[] { "6.2.1", "Ban hành quy định về quản lý, sử dụng tài sản công theo thẩm quyền", "1", "0.5" },
			new String[] { "6.2.2", "Kiểm tra, xử lý vi phạm trong quản lý, sử dụng tài sản công", "1", "0.5" },
			new String[] { "6.3", "Cơ chế tự chủ của đơn vị sự nghiệp công lập" },
			new String[] { "6.3.1", "Tỷ lệ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên", "1", "0.25" },
			new String[] { "6.3.2", "Tác động của cải cách tài chính công theo đánh giá của lãnh đạo, quản lý", "1", "0.25", "S" },
			new String[] { "7.1", "Hạ tầng, nền tảng số" },
			new String[] { "7.1.1", "Kết nối, liên thông các hệ thống thông tin, cơ sở dữ liệu", "1.5", "0.5" },
			new String[] { "7.1.2", "Bảo đảm an toàn thông tin mạng theo cấp độ", "1.5", "0.5" },
			new String[] { "7.2", "Cung cấp dịch vụ công trực tuyến" },
			new String[] { "7.2.1", "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", "2", "0.25" },
			new String[] { "7.2.2", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến", "2", "0.25" },
			new String[] { "7.3", "Cổng thông tin điện tử của tỉnh" },
			new String[] { "7.3.1", "Cung cấp thông tin trên Cổng thông tin điện tử của tỉnh", "1", "0.5" },
			new String[] { "7.3.2", "Chất lượng cung cấp thông tin trên Cổng thông tin điện tử theo đánh giá của lãnh đạo, quản lý", "1", "0.25", "S" },
			new String[] { "7.4", "Ứng dụng công nghệ thông tin trong chỉ đạo, điều hành" },
			new String[] { "7.4.1", "Tỷ lệ văn bản trao đổi giữa các cơ quan dưới dạng điện tử", "2", "0.5" },
			new String[] { "8.1", "Tác động của cải cách hành chính đến người dân, tổ chức" },
			new String[] { "8.1.1", "Mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính", "2", "0.25", "S" },
			new String[] { "8.1.2", "Mức độ hài lòng của tổ chức đối với sự phục vụ của cơ quan hành chính", "2", "0.25", "S" },
			new String[] { "8.2", "Tác động đến phát triển kinh tế - xã hội của tỉnh" },
			new String[] { "8.2.1", "Thực hiện chỉ tiêu thu hút đầu tư trên địa bàn tỉnh", "1.5", "0.5" },
			new String[] { "8.2.2", "Tốc độ tăng trưởng kinh tế so với kế hoạch", "2", "0.5" },
			new String[] { "8.2.3", "Tỷ lệ giảm nghèo so với kế hoạch", "1.5", "0.5" });

}
