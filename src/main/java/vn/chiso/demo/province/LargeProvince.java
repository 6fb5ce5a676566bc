package vn.chiso.demo.province;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.chiso.agency.AgencyKind;
import vn.chiso.catalog.PapiGroup;
import vn.chiso.catalog.TargetKind;
import vn.chiso.evidence.EvidenceSeeds;
import vn.chiso.plan.PlanSeeds;
import vn.chiso.progress.EntryRole;
import vn.chiso.progress.EntryState;
import vn.chiso.progress.Implementation;
import vn.chiso.progress.ProgressSeeds;
import vn.chiso.progress.RoundStatus;
import vn.chiso.schedule.PeriodType;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.scoring.AreaStatus;
import vn.chiso.security.Role;
import vn.chiso.user.UserSeeds;

/**
 * The one generated province of the demo ({@code large} profile), the benchmarks and the load tests, at the scale of a
 * big merged province: departments and communes, a PAR INDEX set with 8 areas of 4 criteria, a plan whose tasks serve
 * them (and SIPAS/PAPI), each task led by one agency with cooperating agencies (a few departments; every commune on
 * one task in {@value #ALL_COMMUNES_EVERY}, every department on one in {@value #ALL_DEPARTMENTS_EVERY}), and
 * <b>every assigned agency reporting on every task in every period of the year</b>: one reporting round per month
 * (the monthly rush of the load test) and one per CCHC report (Quý I, 6 tháng, Quý III, Năm; Quý II and Quý IV are
 * read from the 6-month and year rounds), each with every obligation as an entry (sent on time, late, returned or
 * missing, at plausible rates; sent entries carry a percentage and their results). Monthly self-assessment up to the
 * current month, published results of the two previous years and this year's targets. Deadlines are placed relative
 * to today whatever the year's number, so a fixture year far from the calendar still has a past and a future.
 * {@link #generateWithPeople} adds a staff and a head account for every agency and evidence files. Deterministic for a
 * seed; progress is logged. Every row is written through its owner's seed writer.
 */
public final class LargeProvince {

	public record Size(int departments, int communes, int tasks) {

		/** The large province of the benchmarks: 40 departments, 120 communes, 300 tasks. */
		public static final Size LARGE = new Size(40, 120, 300);

		public static final Size SMALL = new Size(8, 6, 40);

	}

	/**
	 * What was generated; {@code rounds}: the monthly rounds, January first; {@code reportRounds}: the rounds of the
	 * CCHC reports (Quý I, 6 tháng, Quý III, Năm) by period; {@code currentMonth}: the month treated as this month;
	 * {@code entries}: progress entries of all rounds; {@code assignments}: agencies assigned to tasks (lead and
	 * cooperating), each of which reports in every round.
	 */
	public record Result(int year, long planId, List<Long> departments, List<Long> communes, List<Long> rounds,
			long latestPastRound, int currentMonth, int entries, Map<ReportingPeriod, Long> reportRounds,
			int assignments) {

		/** The round of the year report (Năm). */
		public long yearRound() {
			return this.reportRounds.get(ReportingPeriod.ofYear(this.year));
		}

		/** Every round of the year: the months, then the CCHC reports. */
		public List<Long> allRounds() {
			List<Long> all = new ArrayList<>(this.rounds);
			all.addAll(this.reportRounds.values());
			return all;
		}

	}

	/** The province with its people: accounts and evidence files, and how long it all took. */
	public record WithPeople(Result province, int accounts, int files, long millis) {
	}

	/** One task in this many has every commune cooperating ("UBND các xã, phường"). */
	static final int ALL_COMMUNES_EVERY = 12;

	/** One task in this many has every department cooperating ("Các sở, ban, ngành"). */
	static final int ALL_DEPARTMENTS_EVERY = 25;

	/** One sent entry in this many has an evidence file. */
	static final int EVIDENCE_EVERY = 20;

	/** Sở Nội vụ reviewers, and provincial leaders, with accounts of their own. */
	public static final int PROVINCE_PEOPLE = 10;

	private static final Logger log = LoggerFactory.getLogger(LargeProvince.class);

	private static final String[] RESULTS = {
			"Đã ban hành văn bản triển khai, tổ chức kiểm tra tại các đơn vị trực thuộc; kết quả đạt yêu cầu đề ra.",
			"Đã tổ chức hội nghị quán triệt, phân công cán bộ theo dõi; đang tổng hợp số liệu để báo cáo.",
			"Hoàn thành rà soát, cập nhật cơ sở dữ liệu; công khai kết quả trên cổng thông tin điện tử.",
			"Đang triển khai theo kế hoạch; một số đơn vị chậm gửi số liệu, đã có văn bản đôn đốc." };

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String[] AREAS = { "Công tác chỉ đạo, điều hành cải cách hành chính", "Cải cách thể chế",
			"Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy hành chính nhà nước", "Cải cách chế độ công vụ",
			"Cải cách tài chính công", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
			"Tác động của cải cách hành chính đến người dân, tổ chức" };

	private static final String[] VERBS = { "Rà soát, đánh giá", "Triển khai", "Tổ chức tập huấn về", "Kiểm tra",
			"Số hóa hồ sơ", "Công khai", "Ban hành kế hoạch", "Tuyên truyền" };

	private LargeProvince() {
	}

	/**
	 * @param run a prefix for the agency and plan codes, unique in the database
	 */
	public static Result generate(JdbcTemplate template, Size size, int year, LocalDate today,
			long seed, String run) {
		long started = System.nanoTime();
		Random random = new Random(seed);
		ProvinceWriter build = new ProvinceWriter(template);
		List<Long> departments = new ArrayList<>();
		for (int i = 1; i <= size.departments(); i++) {
			departments.add(build.agency(run + "S" + i, "Sở thử nghiệm %02d".formatted(i), AgencyKind.SO_BAN_NGANH));
		}
		List<Long> communes = new ArrayList<>();
		for (int i = 1; i <= size.communes(); i++) {
			communes.add(build.agency(run + "X" + i, "UBND xã thử nghiệm %03d".formatted(i), AgencyKind.UBND_XA));
		}

		// PAR INDEX set: 8 areas, 4 leaves each; area maximum = sum of its leaves
		long set = build.criteriaSet("PAR_INDEX", year);
		long[] areas = new long[AREAS.length];
		long[][] leaves = new long[AREAS.length][4];
		BigDecimal[][] maxima = new BigDecimal[AREAS.length][4];
		for (int a = 0; a < AREAS.length; a++) {
			long agency = departments.get(a % departments.size());
			int[] points = { 2 + random.nextInt(3), 1 + random.nextInt(3), 2 + random.nextInt(2), 1 + random.nextInt(2) };
			int sum = points[0] + points[1] + points[2] + points[3];
			areas[a] = build.criterion(set, null, String.valueOf(a + 1), AREAS[a], 1, BigDecimal.valueOf(sum), agency);
			for (int l = 0; l < 4; l++) {
				maxima[a][l] = BigDecimal.valueOf(points[l]);
				leaves[a][l] = build.criterion(set, areas[a], (a + 1) + "." + (l + 1), 2, maxima[a][l], null);
			}
		}

		build.surveyCriterion(set, "9", new BigDecimal("26")); // the sociological survey part

		// the plan: one section per PAR area, one for SIPAS, one for PAPI
		long plan = build.plan(run + "/KH-UBND", year);
		long root = build.section(plan, null, 1, "PL01", "Các nhiệm vụ cải cách hành chính năm " + year, null, null, 1);
		long[] sections = new long[AREAS.length];
		for (int a = 0; a < AREAS.length; a++) {
			sections[a] = build.section(plan, root, 2, String.valueOf(a + 1), AREAS[a], "PAR_INDEX", areas[a], a + 2);
		}
		long sipas = build.section(plan, root, 2, "9", "Nâng cao Chỉ số hài lòng của người dân, tổ chức (SIPAS)", "SIPAS",
				null, 20);
		long papi = build.section(plan, root, 2, "10",
				"Nâng cao Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)", "PAPI", null, 21);
		List<long[]> obligations = new ArrayList<>(); // task, agency, lead?
		List<PlanSeeds.SeedAssignment> assignments = new ArrayList<>();
		for (int t = 1; t <= size.tasks(); t++) {
			int kind = random.nextInt(10);
			long section = kind < 8 ? sections[(t - 1) % AREAS.length] : kind == 8 ? sipas : papi;
			String content = VERBS[random.nextInt(VERBS.length)] + " nội dung số " + t + " của kế hoạch";
			long task = build.task(plan, section, String.valueOf(t), content, t);
			if (kind < 8) {
				int a = (t - 1) % AREAS.length;
				build.serve(task, leaves[a][random.nextInt(4)]);
			}
			long lead = random.nextInt(4) == 0 ? communes.get(random.nextInt(communes.size()))
					: departments.get(random.nextInt(departments.size()));
			assignments.add(new PlanSeeds.SeedAssignment(task, true, lead, 1));
			obligations.add(new long[] { task, lead, 1 });
			int cooperating = random.nextInt(3);
			Set<Long> assigned = new LinkedHashSet<>(List.of(lead));
			for (int c = 0; c < cooperating; c++) {
				assigned.add(departments.get(random.nextInt(departments.size())));
			}
			if (t % ALL_COMMUNES_EVERY == 0) {
				assigned.addAll(communes);
			}
			if (t % ALL_DEPARTMENTS_EVERY == 5) {
				assigned.addAll(departments);
			}
			int position = 2;
			for (long agency : assigned) {
				if (agency != lead) {
					assignments.add(new PlanSeeds.SeedAssignment(task, false, agency, position++));
					obligations.add(new long[] { task, agency, 0 });
				}
			}
		}
		build.assignments(assignments);
		log.info("Tỉnh sinh {}: {} sở, {} xã, {} nhiệm vụ, {} phân công ({} ms)", run, departments.size(),
				communes.size(), size.tasks(), assignments.size(), millisSince(started));

		// one monthly round per month; "this month" is today's month, earlier months are past, later ones future
		int currentMonth = today.getMonthValue();
		List<Long> rounds = new ArrayList<>();
		long latestPast = -1;
		int entries = 0;
		for (int m = 1; m <= 12; m++) {
			LocalDate deadline = today.withDayOfMonth(Math.min(20, today.lengthOfMonth())).plusMonths(m - currentMonth);
			long round = build.round(PeriodType.MONTH, year, m, deadline, status(deadline, today));
			rounds.add(round);
			if (deadline.isBefore(today)) {
				latestPast = round;
			}
			entries += entries(build, round, obligations, deadline, today, m, random);
			log.info("Tỉnh sinh {}: {} — {} báo cáo tiến độ (tổng {}, {} ms)", run,
					ProvinceWriter.label(PeriodType.MONTH, m, year), obligations.size(), entries, millisSince(started));
		}
		// the CCHC reports of the year, due mid-month after their last month's 10th
		Map<ReportingPeriod, Long> reportRounds = new LinkedHashMap<>();
		for (ReportingPeriod period : List.of(ReportingPeriod.quarter(year, 1), ReportingPeriod.halfYear(year),
				ReportingPeriod.quarter(year, 3), ReportingPeriod.ofYear(year))) {
			int last = period.lastMonth().getMonthValue();
			LocalDate deadline = today.withDayOfMonth(Math.min(14, today.lengthOfMonth())).plusMonths(last - currentMonth);
			long round = build.round(period.type(), year, period.number(), deadline, status(deadline, today));
			reportRounds.put(period, round);
			entries += entries(build, round, obligations, deadline, today, last, random);
			log.info("Tỉnh sinh {}: {} — {} báo cáo tiến độ (tổng {}, {} ms)", run, period.label(),
					obligations.size(), entries, millisSince(started));
		}

		// monthly self-assessment up to this month; scores creep up
		for (int m = 1; m <= currentMonth; m++) {
			long sr = build.scoringRound(set, year, m, m < currentMonth,
					today.withDayOfMonth(Math.min(25, today.lengthOfMonth())).plusMonths(m - currentMonth),
					new BigDecimal("24.50"), new BigDecimal("86.00"));
			for (int a = 0; a < AREAS.length; a++) {
				long agency = departments.get(a % departments.size());
				build.scoringArea(sr, areas[a], agency, m < currentMonth ? AreaStatus.SUBMITTED : AreaStatus.DRAFT);
				for (int l = 0; l < 4; l++) {
					if (m == currentMonth && random.nextInt(3) == 0) {
						continue; // not scored yet this month
					}
					double share = Math.min(1.0, 0.55 + 0.04 * m + random.nextDouble() * 0.2);
					BigDecimal score = maxima[a][l].multiply(BigDecimal.valueOf(share)).setScale(1, RoundingMode.DOWN);
					build.score(sr, leaves[a][l], areas[a], agency, score, null);
				}
			}
		}

		build.result("PAR_INDEX", year - 2, new BigDecimal("83.12"), 35, 63, null);
		build.result("PAR_INDEX", year - 1, new BigDecimal("85.47"), 29, 63, null);
		build.result("SIPAS", year - 2, new BigDecimal("80.10"), 40, 63, null);
		build.result("SIPAS", year - 1, new BigDecimal("82.35"), 33, 63, null);
		build.result("PAPI", year - 2, new BigDecimal("42.87"), null, null, PapiGroup.TRUNG_BINH_THAP);
		build.result("PAPI", year - 1, new BigDecimal("43.91"), null, null, PapiGroup.TRUNG_BINH_CAO);
		build.target("PAR_INDEX", year, TargetKind.RANK_AT_MOST, new BigDecimal("25"), null, "Xếp hạng trong nhóm 25 tỉnh dẫn đầu");
		build.target("SIPAS", year, TargetKind.SCORE_AT_LEAST, new BigDecimal("85"), null, "Đạt trên 85%");
		build.target("PAPI", year, TargetKind.GROUP_AT_LEAST, null, PapiGroup.TRUNG_BINH_CAO, "Nhóm trung bình cao trở lên");
		log.info("Tỉnh sinh {}: tự chấm điểm {} tháng, kết quả và mục tiêu ({} ms)", run, currentMonth,
				millisSince(started));
		return new Result(year, plan, departments, communes, rounds, latestPast, currentMonth, entries,
				java.util.Collections.unmodifiableMap(reportRounds), assignments.size());
	}

	/**
	 * {@link #generate} and the people of the province: a staff account ({@code <prefix>so01.canbo}…,
	 * {@code <prefix>xa001.canbo}…) and a head account ({@code …lanhdao}) for every agency, {@value #PROVINCE_PEOPLE}
	 * Sở Nội vụ reviewers ({@code <prefix>snv01.thamdinh}…, of the first department) and as many provincial leaders
	 * ({@code <prefix>tinh01.lanhdao}…), all with the one password hash given, and an evidence PDF (8–64 KB) on one sent entry in {@value #EVIDENCE_EVERY}, uploaded by the agency's
	 * staff account.
	 */
	public static WithPeople generateWithPeople(JdbcTemplate template, Size size, int year, LocalDate today, long seed,
			String run, String loginPrefix, String passwordHash) {
		long started = System.nanoTime();
		Result province = generate(template, size, year, today, seed, run);
		int accounts = accounts(template, province, loginPrefix, passwordHash);
		log.info("Tỉnh sinh {}: {} tài khoản ({} ms)", run, accounts, millisSince(started));
		int files = evidence(template, province, new Random(seed), run, started);
		long millis = millisSince(started);
		log.info("Tỉnh sinh {}: xong — {} báo cáo tiến độ trong {} kỳ, {} tài khoản, {} tệp minh chứng, {} ms", run,
				province.entries(), province.allRounds().size(), accounts, files, millis);
		return new WithPeople(province, accounts, files, millis);
	}

	/** Staff and head of every generated agency; one password hash for all. */
	private static int accounts(JdbcTemplate template, Result r, String prefix, String passwordHash) {
		List<UserSeeds.SeedAccount> rows = new ArrayList<>();
		for (int i = 0; i < r.departments().size(); i++) {
			String login = prefix + "so%02d".formatted(i + 1);
			long agency = r.departments().get(i);
			rows.add(new UserSeeds.SeedAccount(login + ".canbo", "Cán bộ sở thử nghiệm %02d".formatted(i + 1),
					Role.CAN_BO_DON_VI, agency));
			rows.add(new UserSeeds.SeedAccount(login + ".lanhdao", "Lãnh đạo sở thử nghiệm %02d".formatted(i + 1),
					Role.LANH_DAO_DON_VI, agency));
		}
		for (int i = 0; i < r.communes().size(); i++) {
			String login = prefix + "xa%03d".formatted(i + 1);
			long agency = r.communes().get(i);
			rows.add(new UserSeeds.SeedAccount(login + ".canbo", "Cán bộ xã thử nghiệm %03d".formatted(i + 1),
					Role.CAN_BO_DON_VI, agency));
			rows.add(new UserSeeds.SeedAccount(login + ".lanhdao", "Chủ tịch UBND xã thử nghiệm %03d".formatted(i + 1),
					Role.LANH_DAO_DON_VI, agency));
		}
		// the province's own people, several of each as in a real province: Sở Nội vụ's reviewers (the first department
		// plays Sở Nội vụ) and provincial leadership
		for (int i = 1; i <= PROVINCE_PEOPLE; i++) {
			rows.add(new UserSeeds.SeedAccount(prefix + "snv%02d.thamdinh".formatted(i),
					"Chuyên viên thẩm định Sở Nội vụ %02d".formatted(i), Role.SO_NOI_VU, r.departments().get(0)));
			rows.add(new UserSeeds.SeedAccount(prefix + "tinh%02d.lanhdao".formatted(i),
					"Lãnh đạo UBND tỉnh thử nghiệm %02d".formatted(i), Role.LANH_DAO_TINH, null));
		}
		new UserSeeds(template).accounts(rows, passwordHash);
		return rows.size();
	}

	/** A small PDF on one sent entry in {@link #EVIDENCE_EVERY}, uploaded by the agency's staff account. */
	private static int evidence(JdbcTemplate template, Result r, Random random, String run, long started) {
		Map<Long, Long> staff = new UserSeeds(template).staffOfAgencies();
		EvidenceSeeds files = new EvidenceSeeds(template);
		List<EvidenceSeeds.SeedFile> rows = new ArrayList<>();
		int written = 0;
		for (long[] e : new ProgressSeeds(template).sentEntries(r.allRounds())) {
			Long uploader = staff.get(e[1]);
			if (random.nextInt(EVIDENCE_EVERY) != 0 || uploader == null) {
				continue;
			}
			byte[] pdf = SamplePdf.of("Bao cao ket qua thuc hien nhiem vu, muc " + e[0], 8_000 + random.nextInt(56_000));
			rows.add(new EvidenceSeeds.SeedFile(e[1], ProgressSeeds.EVIDENCE_OWNER_TYPE, e[0],
					"bao-cao-ket-qua-" + e[0] + ".pdf", "application/pdf", pdf, uploader));
			if (rows.size() == 200) {
				files.files(rows);
				written += rows.size();
				rows.clear();
				log.info("Tỉnh sinh {}: {} tệp minh chứng ({} ms)", run, written, millisSince(started));
			}
		}
		files.files(rows);
		return written + rows.size();
	}

	private static RoundStatus status(LocalDate deadline, LocalDate today) {
		return deadline.isBefore(today.minusDays(30)) ? RoundStatus.CLOSED : RoundStatus.OPEN;
	}

	/** Every obligation's entry in the round; later months are progressively further along. */
	private static int entries(ProvinceWriter build, long round, List<long[]> obligations, LocalDate deadline,
			LocalDate today, int lastMonth, Random random) {
		double progress = Math.min(1.0, lastMonth / 12.0 + 0.1);
		List<ProgressSeeds.SeedEntry> batch = new ArrayList<>(obligations.size());
		for (long[] o : obligations) {
			batch.add(entry(round, o, deadline, today, progress, random));
		}
		build.progress().entries(batch);
		return batch.size();
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	private static ProgressSeeds.SeedEntry entry(long round, long[] o, LocalDate deadline, LocalDate today,
			double progress, Random random) {
		boolean lead = o[2] == 1;
		EntryState state;
		Implementation impl = null;
		Instant submitted = null;
		String comment = null;
		Integer percent = null;
		String results = null;
		int roll = random.nextInt(100);
		if (deadline.isBefore(today)) {
			if (roll < 72) {
				state = random.nextInt(3) == 0 ? EntryState.SUBMITTED : EntryState.ACCEPTED;
			}
			else if (roll < 80) {
				state = EntryState.RETURNED;
				comment = "Đề nghị bổ sung số liệu và tài liệu kiểm chứng";
			}
			else if (roll < 90) {
				state = EntryState.DRAFT;
			}
			else {
				state = EntryState.NOT_STARTED;
			}
			if (state.sent()) {
				int daysLate = random.nextInt(100) < 85 ? -random.nextInt(5) : 1 + random.nextInt(10);
				submitted = deadline.plusDays(daysLate).atTime(LocalTime.of(9, 30)).atZone(VN).toInstant();
				double r = random.nextDouble();
				impl = r < progress * 0.7 ? Implementation.HOAN_THANH
						: r < progress * 0.8 ? Implementation.HOAN_THANH_QUA_HAN
								: r < 0.9 ? Implementation.DANG_THUC_HIEN
										: r < 0.95 ? Implementation.CHUA_HOAN_THANH : Implementation.CHUA_TRIEN_KHAI;
				percent = impl == Implementation.HOAN_THANH || impl == Implementation.HOAN_THANH_QUA_HAN ? 100
						: impl == Implementation.CHUA_TRIEN_KHAI ? 0 : 10 * (1 + random.nextInt(9));
				results = RESULTS[random.nextInt(RESULTS.length)];
			}
		}
		else {
			state = roll < 25 ? EntryState.DRAFT : EntryState.NOT_STARTED;
		}
		return new ProgressSeeds.SeedEntry(round, o[0], o[1], lead ? EntryRole.LEAD : EntryRole.COOPERATING, deadline,
				state, impl, percent, results, submitted, comment);
	}

}
