package vn.chiso.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which reporting periods of a year a task must be reported in, given its schedule and how its index is reported.
 * The rules, by schedule kind:
 * <ul>
 * <li>continuous, monthly, quarterly, half-yearly, plan years, on occurrence, with the periodic reports, a list of
 * cadences, deferred to another body's document (reported with the index's cadence), as soon as possible (due from the
 * next report on until it is reported done): every period of the cadence, in the schedule's years;</li>
 * <li>a day and month every year ("Trước ngày 15/6 hằng năm"): the periods whose data window overlaps that month, plus
 * the closing period, in the schedule's years;</li>
 * <li>named quarters or months: the periods whose data window overlaps those quarters or months, plus the period
 * closing the year (the year report; December for monthly work), in the schedule's years;</li>
 * <li>window: the periods whose data window overlaps the window, only in the window's years;</li>
 * <li>deadline: the period whose data window contains the deadline (the first report after it is due) and the
 * closing period of the deadline's year;</li>
 * <li>yearly: the closing period and the mid-year period (6 tháng; June for monthly work). A yearly task is often
 * done in the second half, but Sở Nội vụ asks for its progress in the 6-month report, and reporting it twice costs
 * one line while missing it hides a late task;</li>
 * <li>unknown: every period of the cadence whatever the year, so that a task whose timing was not understood is
 * never silently dropped from a report.</li>
 * </ul>
 * Periods come back in order with the dates of the year's settings (see {@link ReportingPeriodService}).
 */
@Service
public class DueCalculator {

	private final ReportingPeriodService periods;

	DueCalculator(ReportingPeriodService periods) {
		this.periods = periods;
	}

	/**
	 * @param schedule must not be null
	 * @param cadence must not be null
	 */
	@Transactional(readOnly = true)
	public List<PeriodDates> periodsDue(Schedule schedule, ReportingCadence cadence, int year) {
		List<PeriodDates> all = this.periods.periodsOf(cadence, year);
		ReportingPeriod closing = cadence.closing(year);
		return switch (schedule.kind()) {
			case UNKNOWN -> all;
			case CONTINUOUS, MONTHLY, QUARTERLY, HALF_YEARLY, PLAN_YEARS, ON_OCCURRENCE, WITH_PERIODIC_REPORTS, CADENCES,
					DEFERRED, AS_SOON_AS_POSSIBLE ->
				schedule.appliesIn(year) ? all : List.of();
			case YEARLY -> schedule.appliesIn(year)
					? filter(all, d -> d.period().equals(closing) || d.period().equals(cadence.midYear(year)))
					: List.of();
			case NAMED_QUARTERS -> schedule.appliesIn(year) ? filter(all, d -> d.period().equals(closing)
					|| schedule.quarters().stream().anyMatch(q -> overlaps(d, ReportingPeriod.quarter(year, q))))
					: List.of();
			case ANNUAL_DEADLINE -> schedule.appliesIn(year) ? filter(all, d -> d.period().equals(closing)
					|| schedule.months().stream().anyMatch(m -> overlaps(d, ReportingPeriod.month(year, m))))
					: List.of();
			case NAMED_MONTHS -> schedule.appliesIn(year) ? filter(all, d -> d.period().equals(closing)
					|| schedule.months().stream().anyMatch(m -> overlaps(d, ReportingPeriod.month(year, m))))
					: List.of();
			case WINDOW -> year < schedule.from().getYear() || year > schedule.to().getYear() ? List.of()
					: filter(all, d -> d.windowOverlaps(schedule.from().atDay(1), schedule.to().atEndOfMonth()));
			case DEADLINE -> {
				LocalDate deadline = schedule.deadline();
				yield filter(all, d -> d.windowContains(deadline)
						|| (d.period().equals(closing) && deadline.getYear() == year));
			}
		};
	}

	private static boolean overlaps(PeriodDates dates, ReportingPeriod span) {
		return dates.windowOverlaps(span.firstDay(), span.lastDay());
	}

	private static List<PeriodDates> filter(List<PeriodDates> all, Predicate<PeriodDates> keep) {
		return all.stream().filter(keep).toList();
	}

}
