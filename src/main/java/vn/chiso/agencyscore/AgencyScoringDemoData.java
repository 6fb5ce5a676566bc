package vn.chiso.agencyscore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.catalog.CatalogLookup;
import vn.chiso.agencyscore.AssessmentStore.AssessmentRow;
import vn.chiso.agencyscore.AssessmentStore.ScoreRow;
import vn.chiso.config.DemoDatasetCondition;
import vn.chiso.catalog.CatalogSeeds;
import vn.chiso.catalog.Subject;
import vn.chiso.security.CurrentUser;
import vn.chiso.user.UserService;

/**
 * Demo mode: an illustrative criteria set for the departments in 2024 (clearly named as not official) and a finalised
 * 2024 round with plausible, seeded scores, so that the ranking page and report 6 show a real ranking. Runs once:
 * nothing happens when the 2024 round exists.
 */
@Component
@Conditional(DemoDatasetCondition.TuyenQuang.class)
@Order(7)
class AgencyScoringDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AgencyScoringDemoData.class);

	static final String SET_NAME = "Bộ tiêu chí minh họa xác định Chỉ số CCHC của sở, ban, ngành năm 2024 – "
			+ "không phải bộ tiêu chí chính thức";

	/** Areas and criteria: code, name, maximum (areas sum to 100). */
	private static final List<Object[]> CRITERIA = List.of(
			new Object[] { "1", "Công tác chỉ đạo, điều hành cải cách hành chính", "12" },
			new Object[] { "1.1", "Ban hành và thực hiện kế hoạch cải cách hành chính năm", "4" },
			new Object[] { "1.2", "Thực hiện chế độ báo cáo cải cách hành chính", "4" },
			new Object[] { "1.3", "Kiểm tra, tuyên truyền cải cách hành chính", "4" },
			new Object[] { "2", "Cải cách thể chế", "13" },
			new Object[] { "2.1", "Tham mưu xây dựng, ban hành văn bản quy phạm pháp luật", "5" },
			new Object[] { "2.2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật", "4" },
			new Object[] { "2.3", "Theo dõi thi hành pháp luật trong lĩnh vực quản lý", "4" },
			new Object[] { "3", "Cải cách thủ tục hành chính", "20" },
			new Object[] { "3.1", "Công bố, công khai thủ tục hành chính", "6" },
			new Object[] { "3.2", "Giải quyết hồ sơ thủ tục hành chính đúng hạn", "8" },
			new Object[] { "3.3", "Tiếp nhận, xử lý phản ánh, kiến nghị", "6" },
			new Object[] { "4", "Cải cách tổ chức bộ máy hành chính", "15" },
			new Object[] { "4.1", "Sắp xếp, kiện toàn tổ chức bộ máy", "5" },
			new Object[] { "4.2", "Thực hiện vị trí việc làm và biên chế được giao", "5" },
			new Object[] { "4.3", "Thực hiện phân cấp, ủy quyền", "5" },
			new Object[] { "5", "Cải cách chế độ công vụ", "15" },
			new Object[] { "5.1", "Tuyển dụng, sử dụng, quản lý công chức, viên chức", "6" },
			new Object[] { "5.2", "Chấp hành kỷ luật, kỷ cương hành chính", "5" },
			new Object[] { "5.3", "Đào tạo, bồi dưỡng công chức, viên chức", "4" },
			new Object[] { "6", "Cải cách tài chính công", "10" },
			new Object[] { "6.1", "Thực hiện dự toán và giải ngân vốn đầu tư công", "5" },
			new Object[] { "6.2", "Công khai tài chính, ngân sách", "5" },
			new Object[] { "7", "Xây dựng, phát triển chính quyền điện tử, chính quyền số", "15" },
			new Object[] { "7.1", "Cung cấp dịch vụ công trực tuyến toàn trình", "6" },
			new Object[] { "7.2", "Xử lý hồ sơ công việc trên môi trường điện tử", "5" },
			new Object[] { "7.3", "Báo cáo qua Hệ thống thông tin báo cáo", "4" });

	private static final List<String> COMMENTS = List.of("Tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả.",
			"Một số nhiệm vụ hoàn thành chậm so với kế hoạch.", "Chưa cung cấp báo cáo đúng thời hạn.");

	private final JdbcTemplate template;

	private final AssessmentStore store;

	private final AgencyAssessmentService service;

	private final UserService users;

	private final TransactionTemplate tx;

	private final CatalogLookup catalogLookup;

	AgencyScoringDemoData(JdbcTemplate template, AssessmentStore store, AgencyAssessmentService service,
			UserService users, TransactionTemplate tx, CatalogLookup catalogLookup) {
		this.catalogLookup = catalogLookup;
		this.template = template;
		this.store = store;
		this.service = service;
		this.users = users;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.store.roundExists(2024, "SO_BAN_NGANH")) {
			return;
		}
		CurrentUser reviewer;
		try {
			reviewer = (CurrentUser) this.users.loadUserByUsername("snv.thamdinh");
		}
		catch (UsernameNotFoundException ex) {
			return;
		}
		this.tx.executeWithoutResult(status -> {
			if (this.store.activeSet(2024, "SO_BAN_NGANH").isEmpty()) {
				createSet();
			}
			AssessmentViews.RoundView round = this.service.open(reviewer, 2024, "SO_BAN_NGANH", null,
					LocalDate.of(2024, 11, 30), LocalDate.of(2024, 12, 20), LocalDate.of(2024, 12, 27));
			score(round.id(), reviewer.id());
			this.service.finalise(reviewer, round.id());
		});
		log.info("Đã nạp dữ liệu mẫu chấm điểm, xếp hạng sở, ban, ngành năm 2024");
	}

	private void createSet() {
		CatalogSeeds catalog = new CatalogSeeds(this.template);
		long setId = catalog.criteriaSet("PAR_INDEX", 2024, Subject.SO_BAN_NGANH, SET_NAME,
				"Minh họa theo cách các tỉnh ban hành (ví dụ Quyết định 3463/QĐ-UBND năm 2022 của "
						+ "UBND tỉnh Quảng Ninh); không phải văn bản chính thức",
				true);
		Map<String, Long> ids = new java.util.HashMap<>();
		int order = 0;
		for (Object[] c : CRITERIA) {
			String code = (String) c[0];
			String parent = code.contains(".") ? code.substring(0, code.lastIndexOf('.')) : null;
			long id = catalog.criterion(setId, parent == null ? null : ids.get(parent), code, (String) c[1],
					parent == null ? 1 : 2, order++, new BigDecimal((String) c[2]),
					parent == null ? null : new BigDecimal("0.25"), null);
			ids.put(code, id);
		}
	}

	/** Seeded per agency: a level between 55 % and 97 %, self scores a little above what the appraisal accepts. */
	private void score(long roundId, long userId) {
		Map<Long, BigDecimal> max = new java.util.HashMap<>();
		long setId = this.store.round(roundId).orElseThrow().setId();
		this.catalogLookup.tree(setId).forEach(n -> max.put(n.id(), n.maxPoints()));
		for (AssessmentRow a : this.store.assessments(roundId)) {
			Random random = new Random(a.agencyId() * 7919L + 2024);
			double level = 0.55 + random.nextDouble() * 0.42;
			for (ScoreRow s : this.store.scores(a.id()).values()) {
				BigDecimal m = max.get(s.criterionId());
				double appraised = Math.min(1, Math.max(0, level + (random.nextDouble() - 0.5) * 0.3));
				BigDecimal app = quarter(m.doubleValue() * appraised);
				BigDecimal self = random.nextInt(3) == 0 ? quarter(Math.min(m.doubleValue(), app.doubleValue() + 1)) : app;
				this.store.saveSelf(s.id(), self, "Tự chấm theo kết quả thực hiện năm 2024; tài liệu lưu tại đơn vị.",
						userId);
				this.store.saveAppraisal(s.id(), app,
						app.compareTo(self) < 0 ? COMMENTS.get(random.nextInt(COMMENTS.size())) : null, userId);
				if (app.compareTo(self) < 0 && random.nextInt(3) == 0) {
					this.store.saveResponse(s.id(), "Đơn vị bổ sung tài liệu kiểm chứng, đề nghị xem xét lại điểm.",
							userId);
					this.store.saveFinal(s.id(), quarter((app.doubleValue() + self.doubleValue()) / 2),
							"Chấp nhận một phần giải trình.", userId);
				}
			}
			this.store.setStatus(a.id(), "SUBMITTED", userId);
		}
	}

	private static BigDecimal quarter(double value) {
		return BigDecimal.valueOf(Math.round(value * 4) / 4.0).setScale(2, RoundingMode.HALF_UP);
	}

}
