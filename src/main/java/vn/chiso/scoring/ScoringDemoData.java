package vn.chiso.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.catalog.CatalogLookup;
import vn.chiso.catalog.CriteriaTree;
import vn.chiso.config.DemoDatasetCondition;
import vn.chiso.security.CurrentUser;
import vn.chiso.user.UserService;
import vn.chiso.common.Decimals;

/**
 * Demo months of self-assessment on the illustrative PAR INDEX sets: 08–12/2024 and, when the 2025 set exists, every
 * month of 2025. Scores improve slightly month by month, most are appraised, a few criteria stay below their maximum,
 * and the last month is left open and in progress. Runs after the catalog's demo data, once: any round means done.
 */
@Component
@Conditional(DemoDatasetCondition.TuyenQuang.class)
@Order(6)
class ScoringDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ScoringDemoData.class);

	private static final List<String> EXPLANATIONS = List.of(
			"Đã thực hiện đầy đủ theo kế hoạch; văn bản, báo cáo lưu tại đơn vị.",
			"Thực hiện đúng thời hạn; kết quả thể hiện trong báo cáo định kỳ của đơn vị.",
			"Đã hoàn thành phần lớn nội dung; một số nội dung đang triển khai, chưa đủ điều kiện đạt điểm tối đa.",
			"Tự chấm theo kết quả thực hiện đến thời điểm báo cáo; đang bổ sung tài liệu kiểm chứng.");

	private final ScoringRoundService rounds;

	private final CatalogLookup tree;

	private final ScoringRoundRepository roundRepository;

	private final AreaSubmissionRepository areas;

	private final CriterionScoreRepository scores;

	private final UserService users;

	private final TransactionTemplate tx;

	ScoringDemoData(ScoringRoundService rounds, CatalogLookup tree, ScoringRoundRepository roundRepository,
			AreaSubmissionRepository areas, CriterionScoreRepository scores, UserService users, TransactionTemplate tx) {
		this.rounds = rounds;
		this.tree = tree;
		this.roundRepository = roundRepository;
		this.areas = areas;
		this.scores = scores;
		this.users = users;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
		int thisYear = today.getYear();
		int thisMonth = today.getMonthValue();
		boolean history = this.roundRepository.count() == 0;
		CurrentUser reviewer;
		try {
			reviewer = (CurrentUser) this.users.loadUserByUsername("snv.thamdinh");
		}
		catch (UsernameNotFoundException ex) {
			return;
		}
		Optional<Long> set2024 = this.tree.activeSetId(CatalogLookup.PAR_INDEX, 2024).filter(this::scorable);
		if (set2024.isEmpty()) {
			log.info("Chưa có bộ tiêu chí minh họa năm 2024: bỏ qua dữ liệu mẫu tự chấm điểm");
			return;
		}
		boolean has2025 = this.tree.activeSetId(CatalogLookup.PAR_INDEX, 2025).filter(this::scorable).isPresent();
		// plan 150's years as history; the month in progress only when it is today's month
		if (history) {
			this.tx.executeWithoutResult(status -> {
				int step = 0;
				for (int month = 8; month <= 12; month++) {
					month(reviewer, 2024, month, step++, thisYear == 2024 && month == thisMonth);
				}
				if (has2025) {
					for (int month = 1; month <= 12 && (thisYear > 2025 || month <= thisMonth); month++) {
						month(reviewer, 2025, month, step++, thisYear == 2025 && month == thisMonth);
					}
				}
			});
		}
		// a later year, whatever today is: every month so far, this one in progress
		Optional<Long> current = thisYear > 2025
				? this.tree.activeSetId(CatalogLookup.PAR_INDEX, thisYear).filter(this::scorable) : Optional.empty();
		int added = 0;
		for (int month = 1; current.isPresent() && month <= thisMonth; month++) {
			if (this.roundRepository.findBySetIdAndMonth(current.get(), month).isPresent()) {
				continue;
			}
			int m = month;
			this.tx.executeWithoutResult(status -> month(reviewer, thisYear, m, 17 + m, m == thisMonth));
			added++;
		}
		if (history || added > 0) {
			log.info("Đã nạp dữ liệu mẫu tự chấm điểm Chỉ số CCHC hằng tháng");
		}
	}

	private boolean scorable(long setId) {
		return this.tree.tree(setId).stream().anyMatch(CriteriaTree.Node::scorable);
	}

	private void month(CurrentUser reviewer, int year, int month, int step, boolean inProgress) {
		ScoringRoundView round = this.rounds.open(reviewer, year, month);
		Map<Long, CriterionScore> byCriterion = ScoringService.byCriterion(this.scores.findByRoundId(round.id()));
		List<CriteriaTree.Node> nodes = this.tree.tree(round.setId());
		int index = 0;
		for (CriteriaTree.Node n : nodes) {
			if (!n.scorable()) {
				continue;
			}
			index++;
			CriterionScore s = byCriterion.get(n.id());
			boolean changesThisMonth = !inProgress || index % 3 != 0;
			if (s.getSelfScore() == null || changesThisMonth) {
				BigDecimal self = plausible(n, index, step);
				s.enterSelfScore(self, EXPLANATIONS.get(index % EXPLANATIONS.size()), null);
			}
			boolean appraised = !inProgress ? index % 7 != 0 : index % 4 == 0;
			if (appraised) {
				BigDecimal value = s.getSelfScore();
				String comment = null;
				if (index % 9 == 4 && value.signum() > 0) {
					BigDecimal cut = n.step() != null ? n.step() : new BigDecimal("0.25");
					value = value.subtract(cut).max(BigDecimal.ZERO);
					comment = "Tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả; giảm " + Decimals.format(cut) + " điểm.";
				}
				s.appraise(value, comment, reviewer.id());
			}
			this.scores.save(s);
		}
		int areaIndex = 0;
		for (AreaSubmission a : this.areas.findByRoundId(round.id())) {
			areaIndex++;
			if (a.getAgencyId() == null) {
				continue;
			}
			if (!inProgress) {
				a.submit(null, false, (areaIndex + month) % 5 == 0);
			}
			else if (areaIndex % 3 == 1) {
				a.submit(null, false, false);
			}
			else if (areaIndex % 3 == 2) {
				a.submit(null, false, false);
				a.sendBack("Đề nghị bổ sung tài liệu kiểm chứng cho các tiêu chí chưa đạt điểm tối đa.");
			}
			this.areas.save(a);
			if (a.getStatus() == AreaStatus.SUBMITTED || a.getStatus() == AreaStatus.RETURNED) {
				// what reached Sở Nội vụ: a month closed without a later sending counts with it
				List<CriterionScore> sent = this.scores.findByRoundIdAndAreaId(round.id(), a.getAreaId());
				sent.forEach(CriterionScore::markSent);
				this.scores.saveAll(sent);
			}
		}
		ScoringRound entity = this.rounds.load(round.id());
		entity.estimateSurvey(new BigDecimal(year == 2024 ? "10.2" : "10.6"), new BigDecimal("88.50"));
		if (!inProgress) {
			entity.close();
		}
		this.roundRepository.saveAndFlush(entity);
	}

	/**
	 * A score between about 72% and 100% of the maximum depending on the criterion, rising a little each month, on the
	 * criterion's step; every seventh criterion never reaches its maximum so that the lost-points list has entries.
	 */
	private static BigDecimal plausible(CriteriaTree.Node n, int index, int step) {
		BigDecimal max = n.maxPoints();
		BigDecimal unit = n.step() != null && n.step().signum() > 0 ? n.step() : new BigDecimal("0.25");
		double fraction = Math.min(1.0, 0.72 + (index * 37 % 30) / 100.0 + step * 0.02);
		BigDecimal value = max.multiply(BigDecimal.valueOf(fraction))
			.divide(unit, 0, RoundingMode.HALF_UP)
			.multiply(unit)
			.min(max);
		if (index % 7 == 3) {
			value = value.min(max.subtract(unit));
		}
		return value.max(BigDecimal.ZERO);
	}

}
