package vn.chiso.demo.province;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.chiso.agency.AgencyKind;
import vn.chiso.catalog.PapiGroup;
import vn.chiso.catalog.TargetKind;
import vn.chiso.progress.EntryRole;
import vn.chiso.progress.EntryState;
import vn.chiso.progress.Implementation;
import vn.chiso.progress.ProgressSeeds;
import vn.chiso.progress.RoundStatus;
import vn.chiso.schedule.PeriodType;
import vn.chiso.scoring.AreaStatus;

/**
 * A generated province for the dashboards: departments and communes, a PAR INDEX set with 8 areas of 4 criteria, a
 * plan whose tasks serve them (and SIPAS/PAPI), one monthly reporting round per month of the year with every
 * obligation as an entry (sent on time, late, returned or missing, at plausible rates), monthly self-assessment up to
 * the current month, published results of the two previous years and this year's targets. Deadlines are placed
 * relative to today whatever the year's number, so a fixture year far from the calendar still has a past and a future.
 * Deterministic for a seed.
 */
public final class LargeProvince {

	public record Size(int departments, int communes, int tasks) {

		/** The large province of the benchmarks: 40 departments, 120 communes, 300 tasks. */
		public static final Size LARGE = new Size(40, 120, 300);

		public static final Size SMALL = new Size(8, 6, 40);

	}

	/** What was generated; {@code currentMonth}: the month treated as this month. */
	public record Result(int year, long planId, List<Long> departments, List<Long> communes, List<Long> rounds,
			long latestPastRound, int currentMonth, int entries) {
	}

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
		long root = build.section(plan, null, 1, "PL01", null, null, 1);
		long[] sections = new long[AREAS.length];
		for (int a = 0; a < AREAS.length; a++) {
			sections[a] = build.section(plan, root, 2, String.valueOf(a + 1), "PAR_INDEX", areas[a], a + 2);
		}
		long sipas = build.section(plan, root, 2, "SIPAS", "SIPAS", null, 20);
		long papi = build.section(plan, root, 2, "PAPI", "PAPI", null, 21);
		List<long[]> obligations = new ArrayList<>(); // task, agency, lead?
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
			build.assign(task, EntryRole.LEAD, lead, 1);
			obligations.add(new long[] { task, lead, 1 });
			int cooperating = random.nextInt(3);
			java.util.Set<Long> assigned = new java.util.HashSet<>(List.of(lead));
			for (int c = 0; c < cooperating; c++) {
				long agency = departments.get(random.nextInt(departments.size()));
				if (assigned.add(agency)) {
					build.assign(task, EntryRole.COOPERATING, agency, 2 + c);
					obligations.add(new long[] { task, agency, 0 });
				}
			}
		}

		// one monthly round per month; "this month" is today's month, earlier months are past, later ones future
		int currentMonth = today.getMonthValue();
		List<Long> rounds = new ArrayList<>();
		long latestPast = -1;
		int entries = 0;
		List<ProgressSeeds.SeedEntry> batch = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			LocalDate deadline = today.withDayOfMonth(Math.min(20, today.lengthOfMonth())).plusMonths(m - currentMonth);
			RoundStatus status = deadline.isBefore(today.minusDays(30)) ? RoundStatus.CLOSED : RoundStatus.OPEN;
			long round = build.round(PeriodType.MONTH, year, m, deadline, status);
			rounds.add(round);
			if (deadline.isBefore(today)) {
				latestPast = round;
			}
			// later months are progressively further along
			double progress = Math.min(1.0, m / 12.0 + 0.1);
			for (long[] o : obligations) {
				batch.add(entry(round, o, deadline, today, progress, random));
				entries++;
			}
		}
		build.progress().entries(batch);

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
		return new Result(year, plan, departments, communes, rounds, latestPast, currentMonth, entries);
	}

	private static ProgressSeeds.SeedEntry entry(long round, long[] o, LocalDate deadline, LocalDate today,
			double progress, Random random) {
		boolean lead = o[2] == 1;
		EntryState state;
		Implementation impl = null;
		Instant submitted = null;
		String comment = null;
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
			}
		}
		else {
			state = roll < 25 ? EntryState.DRAFT : EntryState.NOT_STARTED;
		}
		return new ProgressSeeds.SeedEntry(round, o[0], o[1], lead ? EntryRole.LEAD : EntryRole.COOPERATING, deadline,
				state, impl, submitted, comment);
	}

}
