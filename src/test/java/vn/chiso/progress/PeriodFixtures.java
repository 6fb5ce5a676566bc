package vn.chiso.progress;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.chiso.agency.AgencyView;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

/**
 * An agency with many tasks owed in one period, unlike the demo's: a plan of its own in a year of its own, tasks it
 * leads and tasks it cooperates on (another agency leads those), a previous round (Quý I) whose text the workbook
 * starts from, and the current round (Quý III) open.
 */
@Component
class PeriodFixtures {

	private static final String[] VERBS = { "Rà soát", "Xây dựng", "Tổ chức", "Kiểm tra", "Đánh giá", "Số hóa",
			"Tuyên truyền", "Cập nhật", "Hướng dẫn", "Tổng hợp" };

	private static final String[] OBJECTS = { "thủ tục hành chính lĩnh vực khoa học và công nghệ",
			"quy trình nội bộ giải quyết hồ sơ trực tuyến", "hồ sơ đề tài, dự án cấp tỉnh",
			"cơ sở dữ liệu chuyên ngành", "kết quả khảo sát sự hài lòng của tổ chức",
			"văn bản quy phạm pháp luật do Sở tham mưu", "kế hoạch chuyển đổi số của ngành",
			"việc tiếp nhận phản ánh, kiến nghị", "chế độ báo cáo định kỳ", "bộ chỉ số đo lường nội bộ" };

	private final ProgressFixtures progress;

	private final Fixtures fixtures;

	private final RoundService rounds;

	private final JdbcClient jdbc;

	PeriodFixtures(ProgressFixtures progress, Fixtures fixtures, RoundService rounds, JdbcClient jdbc) {
		this.progress = progress;
		this.fixtures = fixtures;
		this.rounds = rounds;
		this.jdbc = jdbc;
	}

	/** The agency, its staff and head, the current round and the agency's entries in it, in plan order. */
	record Period(AgencyView agency, CurrentUser staff, CurrentUser head, CurrentUser snv, long roundId,
			long previousRoundId, List<Long> entries) {
	}

	/**
	 * An agency owing {@code lead + cooperating} entries in the current round; the first {@code withPreviousText}
	 * tasks have a report in the previous round.
	 */
	Period period(String agencyName, boolean headApproval, int lead, int cooperating, int withPreviousText) {
		int year = ProgressFixtures.uniqueYear();
		AgencyView agency = this.progress.agency(agencyName, headApproval);
		AgencyView other = this.progress.agency("Sở Thông tin và Truyền thông (thử " + Fixtures.unique("") + ")", false);
		long section = this.progress.section(year, "PAR_INDEX");
		List<Long> tasks = new ArrayList<>();
		for (int i = 0; i < lead + cooperating; i++) {
			String content = VERBS[i % VERBS.length] + " " + OBJECTS[(i / VERBS.length + i) % OBJECTS.length]
					+ " (nội dung " + (i + 1) + ")";
			long task = this.jdbc.sql("""
					insert into task (plan_id, section_id, number, content, schedule_kind, display_order)
					select plan_id, id, :number, :content, 'CONTINUOUS', :order from plan_section where id = :section
					returning id""")
				.param("section", section)
				.param("number", (i / 10 + 1) + "." + (i % 10 + 1))
				.param("content", content)
				.param("order", i + 1)
				.query(Long.class)
				.single();
			if (i < lead) {
				this.progress.assign(task, "LEAD", agency);
			}
			else {
				this.progress.assign(task, "LEAD", other);
				this.progress.assign(task, "COOPERATING", agency);
			}
			tasks.add(task);
		}
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.progress.agency("Sở Nội vụ (thử cả kỳ)", false));
		ProgressFixtures.signIn(snv);
		long previous = this.rounds.open(snv, ReportingPeriod.quarter(year, 1)).id();
		for (int i = 0; i < withPreviousText; i++) {
			this.jdbc.sql("""
					update progress_entry set state = 'ACCEPTED', implementation = 'DANG_THUC_HIEN', percent_done = 40,
					  results = :results, difficulties = 'Thiếu nhân lực chuyên trách'
					where round_id = :round and task_id = :task and agency_id = :agency""")
				.param("results", "Quý I: đã triển khai bước đầu nội dung " + (i + 1))
				.param("round", previous)
				.param("task", tasks.get(i))
				.param("agency", agency.id())
				.update();
		}
		this.rounds.close(snv, previous);
		long current = this.rounds.open(snv, ReportingPeriod.quarter(year, 3)).id();
		SecurityContextHolder.clearContext();
		List<Long> entries = tasks.stream().map(t -> this.progress.entryId(current, t, agency.id())).toList();
		return new Period(agency, this.fixtures.user(Role.CAN_BO_DON_VI, agency),
				this.fixtures.user(Role.LANH_DAO_DON_VI, agency), snv, current, previous, entries);
	}

}
