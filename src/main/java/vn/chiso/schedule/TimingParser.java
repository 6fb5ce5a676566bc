package vn.chiso.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import vn.chiso.common.VietnameseText;

/**
 * Reads the timing columns of a plan's appendix ("Thời gian thực hiện", "Thời gian hoàn thành") into a
 * {@link Schedule}. Phrases it cannot read come back as {@link ScheduleKind#UNKNOWN} with an explanation: never a
 * silent guess. Matching ignores case and diacritics ("hằng tháng", "hàng tháng", "Hang thang"), accepts roman or
 * arabic quarter numbers and hyphen or en-dash ranges. A year named in a phrase must lie within the plan's years
 * (otherwise the phrase is refused, since a 2024–2025 plan with a task "Năm 2023" is a typing error to check).
 * Stateless and thread-safe; it may be created with {@code new}.
 */
@Component
public class TimingParser {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String Q = "(?:[ivx]+|\\d{1,2})";

	private static final String EVERY_YEAR = "(?:hang nam|moi nam|cac nam)";

	private static final Pattern CONTINUOUS = Pattern.compile("^(?:thuong xuyen|lien tuc)(?:(?:,|;| va) (.+)| (.+))?$");

	private static final Pattern WITH_REPORTS = Pattern.compile("(?:cung (?:voi )?|trong )bao cao");

	private static final Pattern OCCURRENCE = Pattern.compile(
			"^(?:dinh ky,? (?:va |hoac )?dot xuat|dot xuat,? (?:va |hoac )?dinh ky|dot xuat|khi phat sinh|khi co yeu cau"
					+ "|theo yeu cau|khi .+)$");

	private static final Pattern MONTHLY = Pattern.compile("^(?:dinh ky )?(?:hang|moi) thang$");

	private static final Pattern QUARTERLY = Pattern.compile("^(?:dinh ky )?(?:hang|moi) quy$");

	private static final Pattern HALF_YEARLY = Pattern.compile(
			"^(?:(?:dinh ky|hang) )?(?:0?6|sau) thang(?: (?:mot|1|01) lan|/lan|/1 lan)?$|^(?:0?2|hai) lan/nam$");

	private static final Pattern YEARLY = Pattern.compile("^(?:dinh ky )?(?:hang|moi) nam$");

	private static final Pattern PERIODIC_ONLY = Pattern.compile("^dinh ky$");

	private static final Pattern NAMED_MONTHS = Pattern
		.compile("^thang (\\d{1,2}(?:(?:, | va )(?:thang )?\\d{1,2})*) " + EVERY_YEAR + "$");

	private static final Pattern HALF_OF_YEAR = Pattern.compile("^0?6 thang (dau|cuoi) nam(?: (\\d{4}))?$");

	private static final Pattern QUARTERS = Pattern.compile(
			"^quy (" + Q + "(?:(?:, | va | - )(?:quy )?" + Q + ")*)(?:(?:/| nam )(\\d{4})| " + EVERY_YEAR + ")?$");

	private static final Pattern YEARS = Pattern
		.compile("^(?:giai doan |cac )?(?:nam )?(\\d{4}(?:(?:, | va | - | den )(?:nam )?\\d{4})*)$");

	private static final String MONTH_OF_YEAR = "thang (\\d{1,2})(?:(?:/| nam )(\\d{4}))?";

	private static final Pattern MONTH_RANGE = Pattern.compile("^(?:tu )?" + MONTH_OF_YEAR
			+ "(?: - | den )(?:het )?(?:thang )?(\\d{1,2})(?:(?:/| nam )(\\d{4}))?$");

	private static final Pattern MONTH = Pattern.compile("^(?:thang (\\d{1,2})(?:/| nam )|(\\d{1,2})/)(\\d{4})$");

	private static final Pattern DATE_PHRASE = Pattern
		.compile("^(?:(?:hoan thanh|thuc hien) )?(?:(?:truoc|cham nhat|han chot|han|den|trong) )?(?:ngay )?"
				+ "(\\d{1,2})/(\\d{1,2})/(\\d{4})$");

	private static final Pattern BY_MONTH = Pattern
		.compile("^(?:hoan thanh|cham nhat|den het|het)(?: trong)? (?:thang (\\d{1,2})(?:/| nam )|(\\d{1,2})/)(\\d{4})$");

	private static final Pattern BY_QUARTER = Pattern
		.compile("^(?:(?:hoan thanh|cham nhat|den het|het)(?: trong)? )?quy (" + Q + ")(?:/| nam )(\\d{4})$");

	private static final Pattern BY_YEAR = Pattern
		.compile("^(?:(?:hoan thanh|cham nhat|den het|het)(?: trong)? )?nam (\\d{4})$");

	private static final Pattern WORD_FOUR_DIGITS = Pattern.compile("\\d{4}");

	/** A day and month: "15/6", "15 thang 6", "ngay 15 thang 6". */
	private static final String DAY_MONTH = "(?:ngay )?(\\d{1,2})(?:/| thang )(\\d{1,2})";

	private static final String BEFORE = "(?:(?:hoan thanh|bao cao|gui bao cao|thuc hien) )?(?:truoc|cham nhat|han chot|han|den)";

	/** "Trước ngày 15/6 hằng năm", "trước 15 tháng 6 hàng năm", "Chậm nhất ngày 15/12 hằng năm". */
	private static final Pattern ANNUAL_DATE = Pattern
		.compile("^" + BEFORE + " " + DAY_MONTH + ",? (?:cua )?" + EVERY_YEAR + "$");

	/** "Hằng năm, trước ngày 15/6", "Hằng năm (trước ngày 15/6)". */
	private static final Pattern ANNUAL_DATE_FIRST = Pattern
		.compile("^(?:dinh ky )?" + EVERY_YEAR + "[,;]? \\(?" + BEFORE + " " + DAY_MONTH + "\\)?$");

	/** "Trước ngày 15/6" with no year: the plan's only year, or not readable in a plan of several years. */
	private static final Pattern DATE_NO_YEAR = Pattern.compile("^" + BEFORE + " " + DAY_MONTH + "$");

	/** Words that only say the same as "thường xuyên": "lâu dài, kiên trì, liên tục". */
	private static final Pattern CONTINUITY = Pattern
		.compile("^(?:(?:lau dai|kien tri|lien tuc|thuong xuyen|ben bi)(?:, | va |$))+$");

	/** Urgency without a date. */
	private static final Pattern URGENT = Pattern.compile("^(?:(?:thuc hien|trien khai|hoan thanh|bao cao) )?"
			+ "(?:khan truong|ngay|kip thoi|ngay lap tuc|som nhat|trong thoi gian som nhat|cang som cang tot|"
			+ "khan truong, kip thoi|khan truong, ngay|ngay, kip thoi)"
			+ "(?: (?:thuc hien|trien khai|hoan thanh|bao cao))?$");

	/** "Ngay sau khi Kế hoạch được ban hành": as soon as the event happens. */
	private static final Pattern URGENT_AFTER = Pattern.compile("^(?:ngay|khan truong) sau khi (.+)$");

	/** One cadence word of a list: "hằng tháng", "quý", "6 tháng", "năm". */
	private static final Pattern CADENCE_WORD = Pattern
		.compile("^(?:(?:hang|moi) )?(thang|quy|(?:0?6|sau) thang|nam)$");

	/** Deferral to another body's plan or document. */
	private static final Pattern DEFERRAL = Pattern.compile("^(?:thuc hien )?theo (?:ke hoach|van ban|huong dan|lo trinh|"
			+ "chi dao|quy dinh|tien do|thong bao|yeu cau|chuong trinh|de an|quyet dinh|lich) .+$");

	/** "Năm 2024 và các năm tiếp theo", "Từ năm 2024". */
	private static final Pattern FROM_YEAR = Pattern.compile(
			"^(?:trong )?(?:tu )?(?:nam )?(\\d{4})(?:,| va| tro di)? ?(?:(?:cac|nhung) nam tiep theo|tro di)?$");

	/**
	 * @param timingText the "Thời gian thực hiện" cell, e.g. "Quý III, IV hằng năm"
	 * @param completionText the "Thời gian hoàn thành" cell (often empty), e.g. "Tháng 12/2024"
	 * @param planFirstYear the first year the plan covers (2024 for 150/KH-UBND)
	 * @param planLastYear the last year the plan covers (2025 for 150/KH-UBND)
	 * @return never null; {@link ScheduleKind#UNKNOWN} with the reason when the text is not understood
	 * @throws IllegalArgumentException when planLastYear is before planFirstYear
	 */
	public ParsedTiming parse(String timingText, String completionText, int planFirstYear, int planLastYear) {
		if (planLastYear < planFirstYear) {
			throw new IllegalArgumentException("planLastYear < planFirstYear");
		}
		Context ctx = new Context(planFirstYear, planLastYear);
		String timing = normalize(timingText);
		String completion = normalize(completionText);
		if (timing.isEmpty() && completion.isEmpty()) {
			return refused("schedule.unknown.empty");
		}
		if (timing.isEmpty()) {
			return completionOnly(completion, completionText.trim(), ctx);
		}
		ParsedTiming read = readTiming(timing, timingText.trim(), ctx);
		if (!read.understood() || completion.isEmpty()) {
			return read;
		}
		return withCompletion(read, completion, completionText.trim(), ctx);
	}

	// ---- the "Thời gian thực hiện" phrase

	private ParsedTiming readTiming(String s, String original, Context ctx) {
		Matcher m = CONTINUOUS.matcher(s);
		if (m.matches()) {
			return continuous(m.group(1) != null ? m.group(1) : m.group(2), original, ctx);
		}
		if (WITH_REPORTS.matcher(s).find()) {
			return withPeriodicReports(s, ctx);
		}
		Optional<ParsedTiming> special = annualDate(s, ctx).or(() -> urgent(s, original, ctx))
			.or(() -> deferred(s, original, ctx))
			.or(() -> cadences(s, ctx))
			.or(() -> fromYear(s, ctx));
		if (special.isPresent()) {
			return special.get();
		}
		if (MONTHLY.matcher(s).matches()) {
			return understood(new Schedule(ScheduleKind.MONTHLY, null, null, null, null, ctx.planYears()),
					"schedule.explain.monthly", theYears(ctx.planYears()));
		}
		if (QUARTERLY.matcher(s).matches()) {
			return understood(new Schedule(ScheduleKind.QUARTERLY, null, null, null, null, ctx.planYears()),
					"schedule.explain.quarterly", theYears(ctx.planYears()));
		}
		if (HALF_YEARLY.matcher(s).matches()) {
			return understood(new Schedule(ScheduleKind.HALF_YEARLY, null, null, null, null, ctx.planYears()),
					"schedule.explain.halfYearly", theYears(ctx.planYears()));
		}
		if (YEARLY.matcher(s).matches()) {
			return understood(new Schedule(ScheduleKind.YEARLY, null, null, null, null, ctx.planYears()),
					"schedule.explain.yearly", eachYear(ctx.planYears()));
		}
		if (OCCURRENCE.matcher(s).matches()) {
			return understood(new Schedule(ScheduleKind.ON_OCCURRENCE, null, null, null, null, ctx.planYears()),
					"schedule.explain.onOccurrence", original, theYears(ctx.planYears()));
		}
		if (PERIODIC_ONLY.matcher(s).matches()) {
			return refused("schedule.unknown.periodicOnly", original);
		}
		String within = s.replaceFirst("^truoc mat(?: la)? ", "").replaceFirst("^(?:trong|ca|thuc hien trong) ", "");
		for (Reader reader : List.<Reader>of(this::namedMonths, this::halfOfYear, this::quarters, this::years,
				this::monthRange, this::month, this::datePhrase, this::byMonth)) {
			Optional<ParsedTiming> result = reader.read(within, ctx);
			if (result.isPresent()) {
				return result.get();
			}
		}
		return refused("schedule.unknown.phrase", original);
	}

	private ParsedTiming continuous(String rest, String original, Context ctx) {
		List<Integer> years = ctx.planYears();
		if (rest != null && CONTINUITY.matcher(rest).matches()) {
			return understood(new Schedule(ScheduleKind.CONTINUOUS, null, null, null, null, years),
					"schedule.explain.continuous", theYears(years));
		}
		if (rest != null) {
			boolean periodic = rest.equals("dinh ky") || rest.startsWith("dinh ky ");
			ParsedTiming qualifier = periodic ? null : readTiming(rest, rest, ctx);
			if (qualifier != null && !qualifier.understood()) {
				return refused("schedule.unknown.phrase", original);
			}
			if (qualifier != null && qualifier.schedule().kind() == ScheduleKind.PLAN_YEARS) {
				years = qualifier.schedule().years();
				return understood(new Schedule(ScheduleKind.CONTINUOUS, null, null, null, null, years),
						"schedule.explain.continuous", theYears(years));
			}
			int comma = original.indexOf(',');
			String addition = comma < 0 ? rest : original.substring(comma + 1).trim();
			return understood(new Schedule(ScheduleKind.CONTINUOUS, null, null, null, null, years),
					"schedule.explain.continuousQualified", theYears(years), addition);
		}
		return understood(new Schedule(ScheduleKind.CONTINUOUS, null, null, null, null, years),
				"schedule.explain.continuous", theYears(years));
	}

	private ParsedTiming withPeriodicReports(String s, Context ctx) {
		List<Integer> years = new ArrayList<>();
		Matcher digits = WORD_FOUR_DIGITS.matcher(s);
		while (digits.find()) {
			years.add(Integer.parseInt(digits.group()));
		}
		if (years.isEmpty()) {
			years = ctx.planYears();
		}
		Optional<ParsedTiming> outside = ctx.checkYears(years);
		if (outside.isPresent()) {
			return outside.get();
		}
		List<Integer> sorted = List.copyOf(new TreeSet<>(years));
		return understood(new Schedule(ScheduleKind.WITH_PERIODIC_REPORTS, null, null, null, null, sorted),
				"schedule.explain.withReports", theYears(sorted));
	}


	private Optional<ParsedTiming> annualDate(String s, Context ctx) {
		Matcher m = ANNUAL_DATE.matcher(s);
		if (!m.matches()) {
			m = ANNUAL_DATE_FIRST.matcher(s);
			if (!m.matches()) {
				return dateWithoutYear(s, ctx);
			}
		}
		int day = Integer.parseInt(m.group(1));
		int month = Integer.parseInt(m.group(2));
		if (month < 1 || month > 12) {
			return Optional.of(refused("schedule.unknown.month", m.group(2)));
		}
		Optional<LocalDate> first = dateOf(String.valueOf(day), String.valueOf(month), String.valueOf(ctx.firstYear()));
		if (first.isEmpty()) {
			return Optional.of(refused("schedule.unknown.date", "%d/%d".formatted(day, month)));
		}
		return Optional.of(understood(
				new Schedule(ScheduleKind.ANNUAL_DEADLINE, null, null, null, first.get(), ctx.planYears(), List.of(month)),
				"schedule.explain.annualDeadline", "%02d/%02d".formatted(day, month), eachYear(ctx.planYears())));
	}

	/** "Trước ngày 15/6": the date in a one-year plan; in a plan of several years the year is not guessed. */
	private Optional<ParsedTiming> dateWithoutYear(String s, Context ctx) {
		Matcher m = DATE_NO_YEAR.matcher(s);
		if (!m.matches()) {
			return Optional.empty();
		}
		if (ctx.firstYear() != ctx.lastYear()) {
			return Optional.of(refused("schedule.unknown.dateWithoutYear", "%s/%s".formatted(m.group(1), m.group(2)),
					String.valueOf(ctx.firstYear()), String.valueOf(ctx.lastYear())));
		}
		return Optional.of(dateOf(m.group(1), m.group(2), String.valueOf(ctx.firstYear()))
			.map(date -> deadline(date, ctx))
			.orElseGet(() -> refused("schedule.unknown.date", m.group(1) + "/" + m.group(2))));
	}

	private Optional<ParsedTiming> urgent(String s, String original, Context ctx) {
		Matcher after = URGENT_AFTER.matcher(s);
		if (URGENT.matcher(s).matches() || after.matches()) {
			return Optional.of(understood(
					new Schedule(ScheduleKind.AS_SOON_AS_POSSIBLE, null, null, null, null, ctx.planYears()),
					"schedule.explain.asap", original));
		}
		return Optional.empty();
	}

	private Optional<ParsedTiming> deferred(String s, String original, Context ctx) {
		if (!DEFERRAL.matcher(s).matches()) {
			return Optional.empty();
		}
		return Optional.of(understood(new Schedule(ScheduleKind.DEFERRED, null, null, null, null, ctx.planYears()),
				"schedule.explain.deferred", original, theYears(ctx.planYears())));
	}

	/** "Hằng tháng, quý", "Định kỳ hằng quý, 6 tháng, hằng năm": two or more cadences, each kept. */
	private Optional<ParsedTiming> cadences(String s, Context ctx) {
		String list = s.replaceFirst("^dinh ky ", "");
		String[] parts = list.split(", | va | hoac |; ");
		if (parts.length < 2 || !(list.startsWith("hang ") || list.startsWith("moi ") || s.startsWith("dinh ky "))) {
			return Optional.empty();
		}
		TreeSet<ScheduleKind> kinds = new TreeSet<>();
		for (String part : parts) {
			Matcher m = CADENCE_WORD.matcher(part.trim());
			if (!m.matches()) {
				return Optional.empty();
			}
			kinds.add(switch (m.group(1)) {
				case "thang" -> ScheduleKind.MONTHLY;
				case "quy" -> ScheduleKind.QUARTERLY;
				case "nam" -> ScheduleKind.YEARLY;
				default -> ScheduleKind.HALF_YEARLY;
			});
		}
		List<ScheduleKind> list2 = List.copyOf(kinds);
		if (list2.size() == 1) {
			return Optional.empty();
		}
		String names = joinWithAnd(list2.stream().map(k -> ScheduleMessages.get("schedule.cadence." + k.name())).toList());
		return Optional.of(understood(
				new Schedule(ScheduleKind.CADENCES, null, null, null, null, ctx.planYears(), List.of(), list2),
				"schedule.explain.cadences", names, theYears(ctx.planYears())));
	}

	/** "Năm 2024 và các năm tiếp theo": from that year to the plan's last year, said so. */
	private Optional<ParsedTiming> fromYear(String s, Context ctx) {
		Matcher m = FROM_YEAR.matcher(s);
		if (!m.matches() || !(s.contains("tiep theo") || s.startsWith("tu ") || s.contains("tro di"))) {
			return Optional.empty();
		}
		int first = Integer.parseInt(m.group(1));
		Optional<ParsedTiming> outside = ctx.checkYears(List.of(first));
		if (outside.isPresent()) {
			return outside;
		}
		List<Integer> years = IntStream.rangeClosed(first, ctx.lastYear()).boxed().toList();
		return Optional.of(understood(new Schedule(ScheduleKind.PLAN_YEARS, null, null, null, null, years),
				"schedule.explain.fromYear", String.valueOf(first), theYears(years)));
	}

	private Optional<ParsedTiming> namedMonths(String s, Context ctx) {
		Matcher m = NAMED_MONTHS.matcher(s);
		if (!m.matches()) {
			return Optional.empty();
		}
		List<Integer> months = new ArrayList<>();
		for (String token : m.group(1).replace("thang ", "").split(", | va ")) {
			int month = Integer.parseInt(token.trim());
			if (month < 1 || month > 12) {
				return Optional.of(refused("schedule.unknown.month", token.trim()));
			}
			months.add(month);
		}
		List<Integer> sorted = List.copyOf(new TreeSet<>(months));
		return Optional.of(understood(
				new Schedule(ScheduleKind.NAMED_MONTHS, null, null, null, null, ctx.planYears(), sorted),
				"schedule.explain.namedMonths", monthsText(sorted), eachYear(ctx.planYears())));
	}

	private Optional<ParsedTiming> halfOfYear(String s, Context ctx) {
		Matcher m = HALF_OF_YEAR.matcher(s);
		if (!m.matches()) {
			return Optional.empty();
		}
		List<Integer> quarters = m.group(1).equals("dau") ? List.of(1, 2) : List.of(3, 4);
		return Optional.of(namedQuarters(quarters, m.group(2), ctx));
	}

	private Optional<ParsedTiming> quarters(String s, Context ctx) {
		Matcher m = QUARTERS.matcher(s);
		if (!m.matches()) {
			return Optional.empty();
		}
		String list = m.group(1).replace("quy ", "");
		List<Integer> quarters = new ArrayList<>();
		String[] ranges = list.split(", | va ");
		for (String range : ranges) {
			String[] ends = range.split(" - ");
			Integer first = quarterNumber(ends[0].trim());
			Integer last = quarterNumber(ends[ends.length - 1].trim());
			if (first == null) {
				return Optional.of(refused("schedule.unknown.quarter", ends[0].trim().toUpperCase()));
			}
			if (last == null) {
				return Optional.of(refused("schedule.unknown.quarter", ends[ends.length - 1].trim().toUpperCase()));
			}
			if (last < first) {
				return Optional.of(refused("schedule.unknown.phrase", s));
			}
			IntStream.rangeClosed(first, last).forEach(quarters::add);
		}
		return Optional.of(namedQuarters(List.copyOf(new TreeSet<>(quarters)), m.group(2), ctx));
	}

	private ParsedTiming namedQuarters(List<Integer> quarters, String yearText, Context ctx) {
		List<Integer> years = yearText == null ? ctx.planYears() : List.of(Integer.parseInt(yearText));
		Optional<ParsedTiming> outside = ctx.checkYears(years);
		if (outside.isPresent()) {
			return outside.get();
		}
		return understood(new Schedule(ScheduleKind.NAMED_QUARTERS, quarters, null, null, null, years),
				"schedule.explain.namedQuarters", quartersText(quarters), eachYear(years));
	}

	private Optional<ParsedTiming> years(String s, Context ctx) {
		Matcher m = YEARS.matcher(s);
		if (!m.matches()) {
			return Optional.empty();
		}
		TreeSet<Integer> years = new TreeSet<>();
		for (String part : m.group(1).replace("nam ", "").split(", | va ")) {
			String[] ends = part.split(" - | den ");
			int first = Integer.parseInt(ends[0].trim());
			int last = Integer.parseInt(ends[ends.length - 1].trim());
			if (last < first) {
				return Optional.of(refused("schedule.unknown.phrase", s));
			}
			IntStream.rangeClosed(first, last).forEach(years::add);
		}
		List<Integer> list = List.copyOf(years);
		Optional<ParsedTiming> outside = ctx.checkYears(list);
		if (outside.isPresent()) {
			return outside;
		}
		return Optional.of(understood(new Schedule(ScheduleKind.PLAN_YEARS, null, null, null, null, list),
				"schedule.explain.planYears", theYears(list)));
	}

	private Optional<ParsedTiming> monthRange(String s, Context ctx) {
		Matcher m = MONTH_RANGE.matcher(s);
		if (!m.matches() || m.group(4) == null) {
			return Optional.empty();
		}
		int lastYear = Integer.parseInt(m.group(4));
		int firstYear = m.group(2) == null ? lastYear : Integer.parseInt(m.group(2));
		Optional<ParsedTiming> invalid = checkMonth(m.group(1)).or(() -> checkMonth(m.group(3)));
		if (invalid.isPresent()) {
			return invalid;
		}
		YearMonth from = YearMonth.of(firstYear, Integer.parseInt(m.group(1)));
		YearMonth to = YearMonth.of(lastYear, Integer.parseInt(m.group(3)));
		if (to.isBefore(from)) {
			return Optional.of(refused("schedule.unknown.endBeforeStart", monthText(to), monthText(from)));
		}
		return Optional.of(window(from, to, ctx));
	}

	private Optional<ParsedTiming> month(String s, Context ctx) {
		Matcher m = MONTH.matcher(s);
		if (!m.matches()) {
			return Optional.empty();
		}
		String monthText = m.group(1) != null ? m.group(1) : m.group(2);
		Optional<ParsedTiming> invalid = checkMonth(monthText);
		if (invalid.isPresent()) {
			return invalid;
		}
		YearMonth month = YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(monthText));
		return Optional.of(window(month, month, ctx));
	}

	private ParsedTiming window(YearMonth from, YearMonth to, Context ctx) {
		List<Integer> years = IntStream.rangeClosed(from.getYear(), to.getYear()).boxed().toList();
		Optional<ParsedTiming> outside = ctx.checkYears(years);
		if (outside.isPresent()) {
			return outside.get();
		}
		Schedule schedule = new Schedule(ScheduleKind.WINDOW, null, from, to, null, years);
		return from.equals(to) ? understood(schedule, "schedule.explain.month", monthText(from))
				: understood(schedule, "schedule.explain.window", monthText(from), monthText(to));
	}

	private Optional<ParsedTiming> datePhrase(String s, Context ctx) {
		Matcher m = DATE_PHRASE.matcher(s);
		if (!m.matches()) {
			return Optional.empty();
		}
		return Optional.of(dateOf(m.group(1), m.group(2), m.group(3)).map(date -> deadline(date, ctx))
			.orElseGet(() -> refused("schedule.unknown.date", m.group(1) + "/" + m.group(2) + "/" + m.group(3))));
	}

	private Optional<ParsedTiming> byMonth(String s, Context ctx) {
		Matcher m = BY_MONTH.matcher(s);
		if (!m.matches()) {
			return Optional.empty();
		}
		String monthText = m.group(1) != null ? m.group(1) : m.group(2);
		Optional<ParsedTiming> invalid = checkMonth(monthText);
		if (invalid.isPresent()) {
			return invalid;
		}
		return Optional.of(deadline(YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(monthText)).atEndOfMonth(),
				ctx));
	}

	private ParsedTiming deadline(LocalDate date, Context ctx) {
		Optional<ParsedTiming> outside = ctx.checkYears(List.of(date.getYear()));
		if (outside.isPresent()) {
			return outside.get();
		}
		return understood(new Schedule(ScheduleKind.DEADLINE, null, null, null, date, List.of(date.getYear())),
				"schedule.explain.deadline", DATE.format(date));
	}

	// ---- the "Thời gian hoàn thành" cell

	private ParsedTiming completionOnly(String completion, String original, Context ctx) {
		Optional<Completion> done = readCompletion(completion);
		if (done.isEmpty()) {
			return refused("schedule.unknown.completion", original);
		}
		if (done.get().invalid() != null) {
			return done.get().invalid();
		}
		return deadline(done.get().date(), ctx);
	}

	private ParsedTiming withCompletion(ParsedTiming read, String completion, String original, Context ctx) {
		Optional<Completion> done = readCompletion(completion);
		if (done.isEmpty()) {
			return refused("schedule.unknown.completion", original);
		}
		if (done.get().invalid() != null) {
			return done.get().invalid();
		}
		LocalDate date = done.get().date();
		Optional<ParsedTiming> outside = ctx.checkYears(List.of(date.getYear()));
		if (outside.isPresent()) {
			return outside.get();
		}
		Schedule schedule = read.schedule();
		switch (schedule.kind()) {
			case WINDOW -> {
				YearMonth to = YearMonth.from(date);
				if (to.isBefore(schedule.from())) {
					return refused("schedule.unknown.endBeforeStart", monthText(to), monthText(schedule.from()));
				}
				List<Integer> years = IntStream.rangeClosed(schedule.from().getYear(), to.getYear()).boxed().toList();
				Schedule window = new Schedule(ScheduleKind.WINDOW, null, schedule.from(), to,
						done.get().exactDay() ? date : null, years);
				return done.get().exactDay()
						? understood(window, "schedule.explain.windowUntilDate", monthText(schedule.from()),
								DATE.format(date))
						: understood(window, "schedule.explain.windowUntilMonth", monthText(schedule.from()),
								monthText(to));
			}
			case DEADLINE -> {
				if (!date.equals(schedule.deadline())) {
					return refused("schedule.unknown.twoDeadlines", DATE.format(schedule.deadline()), DATE.format(date));
				}
				return read;
			}
			case CONTINUOUS -> {
				return new ParsedTiming(schedule.withDeadline(date), ScheduleMessages.get(
						"schedule.explain.continuousUntil", theYears(schedule.years()), DATE.format(date)));
			}
			default -> {
				return new ParsedTiming(schedule.withDeadline(date),
						read.explanation() + " " + ScheduleMessages.get("schedule.explain.completionSuffix",
								DATE.format(date)));
			}
		}
	}

	private Optional<Completion> readCompletion(String s) {
		Matcher m = DATE_PHRASE.matcher(s);
		if (m.matches()) {
			return Optional.of(dateOf(m.group(1), m.group(2), m.group(3)).map(d -> new Completion(d, true, null))
				.orElseGet(() -> new Completion(null, false,
						refused("schedule.unknown.date", m.group(1) + "/" + m.group(2) + "/" + m.group(3)))));
		}
		Matcher month = MONTH.matcher(s.replaceFirst("^(?:(?:hoan thanh|cham nhat|den het|het)(?: trong)?|trong) ", ""));
		if (month.matches()) {
			String monthText = month.group(1) != null ? month.group(1) : month.group(2);
			Optional<ParsedTiming> invalid = checkMonth(monthText);
			if (invalid.isPresent()) {
				return Optional.of(new Completion(null, false, invalid.get()));
			}
			return Optional.of(new Completion(
					YearMonth.of(Integer.parseInt(month.group(3)), Integer.parseInt(monthText)).atEndOfMonth(), false,
					null));
		}
		Matcher quarter = BY_QUARTER.matcher(s);
		if (quarter.matches()) {
			Integer q = quarterNumber(quarter.group(1));
			if (q == null) {
				return Optional.of(new Completion(null, false,
						refused("schedule.unknown.quarter", quarter.group(1).toUpperCase())));
			}
			return Optional.of(new Completion(
					YearMonth.of(Integer.parseInt(quarter.group(2)), q * 3).atEndOfMonth(), false, null));
		}
		Matcher year = BY_YEAR.matcher(s);
		if (year.matches()) {
			return Optional.of(new Completion(LocalDate.of(Integer.parseInt(year.group(1)), 12, 31), false, null));
		}
		return Optional.empty();
	}

	// ---- helpers

	/** Lower case, no diacritics, single spaces, one form of dash, comma and slash spacing, no closing full stop. */
	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String s = VietnameseText.fold(text.replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-"));
		s = s.replaceAll("\\s*/\\s*", "/")
			.replaceAll("\\s*-\\s*", " - ")
			.replaceAll("\\s*,\\s*", ", ")
			.replaceAll("\\s*;\\s*", "; ")
			.replaceAll("\\s+", " ")
			.trim();
		s = s.replaceAll("^[-•*]\\s*", "").replaceAll("[.;:,!]+$", "").trim();
		if (s.startsWith("(") && s.endsWith(")")) {
			s = s.substring(1, s.length() - 1).trim();
		}
		return s;
	}

	private static Integer quarterNumber(String token) {
		int value = switch (token) {
			case "i", "1", "01" -> 1;
			case "ii", "2", "02" -> 2;
			case "iii", "3", "03" -> 3;
			case "iv", "4", "04" -> 4;
			default -> 0;
		};
		return value == 0 ? null : value;
	}

	private static Optional<ParsedTiming> checkMonth(String text) {
		int month = Integer.parseInt(text);
		return month >= 1 && month <= 12 ? Optional.empty() : Optional.of(refused("schedule.unknown.month", text));
	}

	private static Optional<LocalDate> dateOf(String day, String month, String year) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	static String roman(int quarter) {
		return switch (quarter) {
			case 1 -> "I";
			case 2 -> "II";
			case 3 -> "III";
			case 4 -> "IV";
			default -> throw new IllegalArgumentException("quarter " + quarter);
		};
	}

	private static String quartersText(List<Integer> quarters) {
		return joinWithAnd(quarters.stream().map(q -> ScheduleMessages.get("schedule.quarter", roman(q))).toList());
	}

	private static String monthsText(List<Integer> months) {
		return joinWithAnd(months.stream().map(m -> ScheduleMessages.get("schedule.monthName", "%02d".formatted(m))).toList());
	}

	private static String monthText(YearMonth month) {
		return "%02d/%d".formatted(month.getMonthValue(), month.getYear());
	}

	private static String joinWithAnd(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + ScheduleMessages.get("schedule.and") + " "
				+ items.get(items.size() - 1);
	}

	/** "năm 2024" or "các năm 2024, 2025". */
	private static String theYears(List<Integer> years) {
		return years.size() == 1 ? ScheduleMessages.get("schedule.years.one", years.get(0).toString())
				: ScheduleMessages.get("schedule.years.many", joinYears(years));
	}

	/** "năm 2024" or "mỗi năm 2024, 2025". */
	private static String eachYear(List<Integer> years) {
		return years.size() == 1 ? ScheduleMessages.get("schedule.years.one", years.get(0).toString())
				: ScheduleMessages.get("schedule.years.each", joinYears(years));
	}

	private static String joinYears(List<Integer> years) {
		return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	private static ParsedTiming understood(Schedule schedule, String key, Object... args) {
		return new ParsedTiming(schedule, ScheduleMessages.get(key, args));
	}

	private static ParsedTiming refused(String key, Object... args) {
		return new ParsedTiming(Schedule.of(ScheduleKind.UNKNOWN), ScheduleMessages.get(key, args));
	}

	@FunctionalInterface
	private interface Reader {

		Optional<ParsedTiming> read(String text, Context ctx);

	}

	private record Completion(LocalDate date, boolean exactDay, ParsedTiming invalid) {
	}

	private record Context(int firstYear, int lastYear) {

		List<Integer> planYears() {
			return IntStream.rangeClosed(this.firstYear, this.lastYear).boxed().toList();
		}

		Optional<ParsedTiming> checkYears(List<Integer> years) {
			return years.stream()
				.filter(y -> y < this.firstYear || y > this.lastYear)
				.findFirst()
				.map(y -> refused("schedule.unknown.outsidePlan", y.toString(), String.valueOf(this.firstYear),
						String.valueOf(this.lastYear)));
		}

	}

}
