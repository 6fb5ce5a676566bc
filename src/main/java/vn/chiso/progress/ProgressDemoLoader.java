package vn.chiso.progress;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.config.DemoDatasetCondition;
import vn.chiso.schedule.PeriodDates;
import vn.chiso.schedule.ReportingCadence;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.schedule.ReportingPeriodService;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.user.UserService;

/**
 * Demo mode: the reporting rounds of plan 150/KH-UBND (issued 12/8/2024, years 2024–2025) with a realistic mix of
 * entries. Quý III/2024, Năm 2024, 6 tháng 2025 and Quý III/2025 are closed (mostly accepted, some late, some "không
 * báo cáo"); Năm 2025 is still open past its deadline, so agencies see overdue work, returned entries and drafts, and
 * Sở Nội vụ has submissions to review. No 2026 round: the plan does not cover 2026. Runs after the plan's demo loader
 * (order 3); does nothing once any round exists.
 */
@Component
@Conditional(DemoDatasetCondition.TuyenQuang.class)
@Order(5)
class ProgressDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProgressDemoLoader.class);

	private static final String[] RESULTS = {
			"Đã ban hành Kế hoạch triển khai thực hiện nhiệm vụ; tổ chức hội nghị quán triệt đến toàn thể cán bộ, công chức, viên chức của đơn vị.",
			"Đã rà soát, cập nhật và công khai đầy đủ thủ tục hành chính thuộc thẩm quyền giải quyết trên Cổng Dịch vụ công của tỉnh; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%.",
			"Đã tổ chức 02 lớp tập huấn, bồi dưỡng nghiệp vụ cho 120 lượt cán bộ, công chức; lồng ghép nội dung cải cách hành chính trong sinh hoạt chuyên đề.",
			"Đã triển khai khảo sát lấy ý kiến người dân, tổ chức về chất lượng phục vụ; thu về 350 phiếu, mức độ hài lòng chung đạt 92,4%.",
			"Đã đăng tải 24 tin, bài tuyên truyền trên Trang thông tin điện tử của đơn vị; niêm yết công khai tại Bộ phận Một cửa.",
			"Đang tiếp tục triển khai; đã hoàn thành dự thảo văn bản, đang lấy ý kiến các cơ quan liên quan." };

	private static final String[] DIFFICULTIES = { "Không có.",
			"Nhân lực làm công tác cải cách hành chính còn kiêm nhiệm, thời gian dành cho nhiệm vụ còn hạn chế.",
			"Hạ tầng công nghệ thông tin tại một số bộ phận chưa đồng bộ." };

	private static final String[] RETURN_COMMENTS = {
			"Đề nghị bổ sung số liệu cụ thể (số văn bản, số hội nghị, số lượt người tham gia) và tài liệu kiểm chứng.",
			"Kết quả chưa bám sát nội dung nhiệm vụ được giao; đề nghị đánh giá rõ mức độ hoàn thành so với chỉ tiêu." };

	private final RoundService rounds;

	private final ReportingPeriodService periods;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final AgencyService agencies;

	private final UserService users;

	ProgressDemoLoader(RoundService rounds, ReportingPeriodService periods, JdbcClient jdbc,
			PlatformTransactionManager tm, AgencyService agencies, UserService users) {
		this.agencies = agencies;
		this.users = users;
		this.rounds = rounds;
		this.periods = periods;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(tm);
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<CurrentUser> snv = user("snv.thamdinh");
		if (snv.isEmpty()) {
			log.warn("Không có người dùng snv.thamdinh: bỏ qua dữ liệu mẫu báo cáo tiến độ");
			return;
		}
		LocalDate today = LocalDate.now(ProgressEntry.ZONE);
		Long stp = this.agencies.findByCode("STP").map(AgencyView::id).orElse(null);
		// plan 150/KH-UBND's own periods, as history: closed, mostly accepted
		List<ReportingPeriod> history = Stream.of(ReportingPeriod.quarter(2024, 3), ReportingPeriod.ofYear(2024),
				ReportingPeriod.halfYear(2025), ReportingPeriod.quarter(2025, 3), ReportingPeriod.ofYear(2025))
			.filter(p -> p.year() < today.getYear())
			.toList();
		// the current year, whatever today is: its reporting periods whose window has opened (the first one at least);
		// the past ones closed, the latest open with live work
		List<PeriodDates> all = this.periods.periodsOf(ReportingCadence.CCHC_REPORTS, today.getYear());
		List<ReportingPeriod> opened = all.stream()
			.filter(d -> !d.windowStart().isAfter(today))
			.map(PeriodDates::period)
			.toList();
		List<ReportingPeriod> thisYear = opened.isEmpty() ? List.of(all.get(0).period()) : opened;
		int created = 0;
		for (ReportingPeriod period : Stream.concat(history.stream(), thisYear.stream()).toList()) {
			if (this.rounds.exists(period)) {
				continue;
			}
			boolean live = period.equals(thisYear.get(thisYear.size() - 1));
			RoundService.RoundView round = this.rounds.open(snv.get(), period);
			this.transaction.executeWithoutResult(s -> fill(round, !live, stp, snv.get().id(), today));
			if (!live) {
				this.rounds.close(snv.get(), round.id());
			}
			created++;
		}
		if (created > 0) {
			log.info("Đã tạo dữ liệu mẫu báo cáo tiến độ: {} kỳ báo cáo (đến {})", created,
					thisYear.get(thisYear.size() - 1).label());
		}
	}

	private record Row(long id, long agencyId, LocalDate deadline) {
	}

	private void fill(RoundService.RoundView round, boolean closed, Long stp, long reviewer, LocalDate today) {
		List<Row> rows = this.jdbc.sql("select id, agency_id, deadline from progress_entry where round_id = :r order by id")
			.param("r", round.id())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()))
			.list();
		int stpIndex = 0;
		for (Row row : rows) {
			int h = (int) Math.floorMod(row.id() * 2654435761L, 100L);
			String outcome;
			if (closed) {
				outcome = h < 70 ? "ACCEPTED" : h < 80 ? "ACCEPTED_LATE" : "MISSING";
			}
			else if (stp != null && row.agencyId() == stp) {
				outcome = switch (stpIndex++) {
					case 0 -> "RETURNED";
					case 1, 2 -> "DRAFT";
					case 3 -> "AWAITING_APPROVAL";
					case 4, 5 -> "SUBMITTED";
					case 6 -> "ACCEPTED";
					default -> "MISSING";
				};
			}
			else {
				outcome = h < 30 ? "ACCEPTED" : h < 50 ? "SUBMITTED" : h < 58 ? "RETURNED" : h < 68 ? "DRAFT"
						: h < 73 ? "AWAITING_APPROVAL" : "MISSING";
			}
			apply(row, outcome, h, reviewer, today);
		}
	}

	private void apply(Row row, String outcome, int h, long reviewer, LocalDate today) {
		if ("MISSING".equals(outcome)) {
			// not reported: late only once its deadline has passed
			this.jdbc.sql("update progress_entry set late = :late where id = :id")
				.param("late", row.deadline().isBefore(today))
				.param("id", row.id())
				.update();
			return;
		}
		boolean lateSubmission = "ACCEPTED_LATE".equals(outcome);
		String state = lateSubmission ? "ACCEPTED" : outcome;
		boolean sent = state.equals("SUBMITTED") || state.equals("ACCEPTED") || state.equals("RETURNED");
		LocalDate submittedOn = lateSubmission ? row.deadline().plusDays(2 + h % 5) : row.deadline().minusDays(1 + h % 4);
		Timestamp submitted = sent ? Timestamp.valueOf(submittedOn.atTime(LocalTime.of(9 + h % 7, 15))) : null;
		Timestamp reviewed = state.equals("ACCEPTED") || state.equals("RETURNED")
				? Timestamp.valueOf(submittedOn.plusDays(3).atTime(14, 30)) : null;
		String implementation = lateSubmission ? "HOAN_THANH_QUA_HAN"
				: List.of("HOAN_THANH", "HOAN_THANH", "DANG_THUC_HIEN", "HOAN_THANH", "DANG_THUC_HIEN", "KHONG_PHAT_SINH")
					.get(h % 6);
		Long head = userOfAgency(row.agencyId(), Role.LANH_DAO_DON_VI);
		Long staff = userOfAgency(row.agencyId(), Role.CAN_BO_DON_VI);
		this.jdbc.sql("""
				update progress_entry set state = :state, implementation = :impl, percent_done = :pct, results = :results,
				  difficulties = :difficulties, proposals = :proposals, review_comment = :comment, late = :late,
				  first_submitted_at = :submitted, submitted_at = :submitted, approved_by = :approvedBy,
				  approved_at = :submitted, reviewed_by = :reviewedBy, reviewed_at = :reviewed, updated_by = :staff,
				  updated_at = coalesce(:reviewed, :submitted, now())
				where id = :id
				""")
			.param("state", state)
			.param("impl", implementation)
			.param("pct", implementation.equals("DANG_THUC_HIEN") ? 50 + h % 40 : 100)
			.param("results", RESULTS[implementation.equals("DANG_THUC_HIEN") ? 5 : h % 5])
			.param("difficulties", DIFFICULTIES[h % 3])
			.param("proposals", h % 4 == 0 ? "Đề nghị Sở Nội vụ tổ chức tập huấn chuyên sâu về chấm điểm Chỉ số CCHC." : null)
			.param("comment", state.equals("RETURNED") ? RETURN_COMMENTS[h % 2] : null)
			.param("late", lateSubmission || (!sent && row.deadline().isBefore(today)))
			.param("submitted", submitted)
			.param("approvedBy", sent ? head : null)
			.param("reviewedBy", reviewed == null ? null : reviewer)
			.param("reviewed", reviewed)
			.param("staff", staff)
			.param("id", row.id())
			.update();
	}

	private Long userOfAgency(long agencyId, Role role) {
		return this.jdbc.sql("select min(id) from pub_user where agency_id = :a and role = :r")
			.param("a", agencyId)
			.param("r", role.name())
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private Optional<CurrentUser> user(String username) {
		try {
			return Optional.of((CurrentUser) this.users.loadUserByUsername(username)).map(CurrentUser::withPasswordChanged);
		}
		catch (UsernameNotFoundException ex) {
			return Optional.empty();
		}
	}

}
