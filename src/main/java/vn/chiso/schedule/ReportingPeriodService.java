package vn.chiso.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;

/**
 * Reporting periods with their cut-off windows and deadlines. Every value is a per-year setting an administrator can
 * change; a year or a column without a setting uses {@link PeriodDefaults}. The agencies' deadline, unless set
 * explicitly, is the province's deadline minus the year's lead in working days (holidays from the holiday table).
 * <p>
 * The CCHC reporting periods of a year are Quý I, 6 tháng, Quý III, (9 tháng) and Năm. Quý II and Quý IV are not
 * reporting periods: Quý II is covered by the 6-month report and Quý IV by the year report (Văn bản 581/BNV-CCHC), so
 * they have no settings and {@link #periodsOf} never returns them; {@link #dates} still answers for them with the
 * default 15th–14th window.
 */
@Service
public class ReportingPeriodService {

	private final PeriodSettingRepository settings;

	private final YearSettingRepository years;

	private final WorkingCalendar calendar;

	private final AuditService audit;

	ReportingPeriodService(PeriodSettingRepository settings, YearSettingRepository years, WorkingCalendar calendar,
			AuditService audit) {
		this.settings = settings;
		this.years = years;
		this.calendar = calendar;
		this.audit = audit;
	}

	/** The periods an administrator sets dates for: those of the CCHC and PAPI reports. */
	public static List<ReportingPeriod> configurablePeriods(int year) {
		return List.of(ReportingPeriod.quarter(year, 1), ReportingPeriod.halfYear(year), ReportingPeriod.quarter(year, 3),
				ReportingPeriod.nineMonths(year), ReportingPeriod.ofYear(year));
	}

	@Transactional(readOnly = true)
	public YearSettings yearSettings(int year) {
		Optional<YearSetting> row = this.years.findById(year);
		Optional<PeriodSetting> monthly = monthlyRow(year);
		return new YearSettings(year,
				row.map(YearSetting::getAgencyLeadWorkingDays).orElse(PeriodDefaults.AGENCY_LEAD_WORKING_DAYS),
				row.map(YearSetting::isNineMonthsReported).orElse(false),
				monthly.map(PeriodSetting::getSelfAssessmentDay).orElse(PeriodDefaults.SELF_ASSESSMENT_DAY),
				monthly.map(PeriodSetting::getConsolidationDay).orElse(PeriodDefaults.CONSOLIDATION_DAY),
				row.map(YearSetting::getVersion).orElse(null), monthly.map(PeriodSetting::getVersion).orElse(null));
	}

	@Transactional(readOnly = true)
	public PeriodDates dates(ReportingPeriod period) {
		return dates(period, yearSettings(period.year()), this.calendar.workingDays());
	}

	/** The dates of several periods, reading each year's settings and the holidays once. */
	@Transactional(readOnly = true)
	public List<PeriodDates> dates(List<ReportingPeriod> periods) {
		java.util.Map<Integer, YearSettings> years = new java.util.HashMap<>();
		WorkingDays workingDays = this.calendar.workingDays();
		return periods.stream()
			.map(p -> dates(p, years.computeIfAbsent(p.year(), this::yearSettings), workingDays))
			.toList();
	}

	/** The version of the period's settings row, null while it uses the defaults (for optimistic locking in forms). */
	@Transactional(readOnly = true)
	public Long settingsVersion(ReportingPeriod period) {
		return this.settings.findByYearAndTypeAndNumber(period.year(), period.type(), period.number())
			.map(PeriodSetting::getVersion)
			.orElse(null);
	}

	/** The agencies' deadline when an administrator set it explicitly, else null (computed from the lead). */
	@Transactional(readOnly = true)
	public LocalDate explicitAgencyDeadline(ReportingPeriod period) {
		return this.settings.findByYearAndTypeAndNumber(period.year(), period.type(), period.number())
			.map(PeriodSetting::getAgencyDeadline)
			.orElse(null);
	}

	/** The reporting periods of the year for the cadence, in order, with their dates. */
	@Transactional(readOnly = true)
	public List<PeriodDates> periodsOf(ReportingCadence cadence, int year) {
		YearSettings yearSettings = yearSettings(year);
		WorkingDays workingDays = this.calendar.workingDays();
		List<ReportingPeriod> periods = switch (cadence) {
			case CCHC_REPORTS -> {
				List<ReportingPeriod> list = new ArrayList<>(List.of(ReportingPeriod.quarter(year, 1),
						ReportingPeriod.halfYear(year), ReportingPeriod.quarter(year, 3)));
				if (yearSettings.nineMonthsReported()) {
					list.add(ReportingPeriod.nineMonths(year));
				}
				list.add(ReportingPeriod.ofYear(year));
				yield list;
			}
			case PAPI_REPORTS -> List.of(ReportingPeriod.halfYear(year), ReportingPeriod.ofYear(year));
			case MONTHLY_SELF_ASSESSMENT -> IntStream.rangeClosed(1, 12).mapToObj(m -> ReportingPeriod.month(year, m)).toList();
		};
		return periods.stream().map(p -> dates(p, yearSettings, workingDays)).toList();
	}

	private PeriodDates dates(ReportingPeriod p, YearSettings yearSettings, WorkingDays workingDays) {
		if (p.type() == PeriodType.MONTH) {
			return new PeriodDates(p, p.label(), p.firstDay(), p.lastDay(),
					PeriodDefaults.dayOf(p.lastMonth(), yearSettings.selfAssessmentDay()),
					PeriodDefaults.dayOf(p.lastMonth(), yearSettings.consolidationDay()), null,
					yearSettings.monthlyCustomised());
		}
		Optional<PeriodSetting> row = this.settings.findByYearAndTypeAndNumber(p.year(), p.type(), p.number());
		LocalDate windowStart = row.map(PeriodSetting::getWindowStart).orElse(PeriodDefaults.windowStart(p));
		LocalDate windowEnd = row.map(PeriodSetting::getWindowEnd).orElse(PeriodDefaults.windowEnd(p));
		LocalDate province = row.map(PeriodSetting::getProvinceDeadline).orElse(PeriodDefaults.provinceDeadline(p));
		LocalDate agency = row.map(PeriodSetting::getAgencyDeadline)
			.orElseGet(() -> workingDays.add(province, -yearSettings.agencyLeadWorkingDays()));
		LocalDate papi = row.map(PeriodSetting::getPapiDeadline).orElse(PeriodDefaults.papiDeadline(p));
		return new PeriodDates(p, p.label(), windowStart, windowEnd, agency, province, papi, row.isPresent());
	}

	// ---- administration

	/** @param version the version the form was read with; null when the year had no settings row */
	@Transactional
	public void updateYear(int year, int agencyLeadWorkingDays, boolean nineMonthsReported, Long version) {
		if (agencyLeadWorkingDays < 0 || agencyLeadWorkingDays > 60) {
			throw new BusinessRuleException("period.error.leadDays");
		}
		YearSetting row = this.years.findById(year).orElse(null);
		checkVersion(row == null ? null : row.getVersion(), version, YearSetting.class, year);
		YearSettings before = yearSettings(year);
		if (row == null) {
			row = new YearSetting(year);
		}
		row.change(agencyLeadWorkingDays, nineMonthsReported);
		this.years.saveAndFlush(row);
		this.audit.record("PERIOD_YEAR_SETTINGS_CHANGED", "REPORTING_YEAR", year, null,
				"Sửa thiết lập kỳ báo cáo năm " + year,
				Map.of("agencyLeadWorkingDays", before.agencyLeadWorkingDays(), "nineMonthsReported",
						before.nineMonthsReported()),
				Map.of("agencyLeadWorkingDays", agencyLeadWorkingDays, "nineMonthsReported", nineMonthsReported));
	}

	@Transactional
	public void updateMonthly(int year, int selfAssessmentDay, int consolidationDay, Long version) {
		if (selfAssessmentDay < 1 || selfAssessmentDay > 31) {
			throw new BusinessRuleException("period.error.selfAssessmentDay");
		}
		if (consolidationDay < 1 || consolidationDay > 31) {
			throw new BusinessRuleException("period.error.consolidationDay");
		}
		if (consolidationDay < selfAssessmentDay) {
			throw new BusinessRuleException("period.error.consolidationBeforeSelfAssessment");
		}
		PeriodSetting row = monthlyRow(year).orElse(null);
		checkVersion(row == null ? null : row.getVersion(), version, PeriodSetting.class, year);
		YearSettings before = yearSettings(year);
		if (row == null) {
			row = new PeriodSetting(year, PeriodType.MONTH, PeriodSetting.EVERY_MONTH);
		}
		row.changeMonthlyDays(selfAssessmentDay, consolidationDay);
		this.settings.saveAndFlush(row);
		this.audit.record("PERIOD_MONTHLY_SETTINGS_CHANGED", "REPORTING_PERIOD_SETTING", row.getId(), null,
				"Sửa hạn tự chấm điểm hằng tháng năm " + year,
				Map.of("selfAssessmentDay", before.selfAssessmentDay(), "consolidationDay", before.consolidationDay()),
				Map.of("selfAssessmentDay", selfAssessmentDay, "consolidationDay", consolidationDay));
	}

	/**
	 * Sets a period's dates. Rules: the window ends on or after it starts and ends within the period's year; the
	 * province reports on or after the window's end; agencies report no later than the province; the PAPI date, only
	 * for 6 tháng and năm, lies in the period's year. An empty agency deadline means "the lead in working days".
	 */
	@Transactional
	public void updatePeriod(ReportingPeriod period, LocalDate windowStart, LocalDate windowEnd,
			LocalDate provinceDeadline, LocalDate agencyDeadline, LocalDate papiDeadline, Long version) {
		if (!configurablePeriods(period.year()).contains(period)) {
			throw new BusinessRuleException("period.error.notConfigurable", period.label());
		}
		if (windowEnd.isBefore(windowStart)) {
			throw new BusinessRuleException("period.error.windowEndBeforeStart");
		}
		if (windowEnd.getYear() != period.year() || windowStart.getYear() < period.year() - 1) {
			throw new BusinessRuleException("period.error.windowYear", String.valueOf(period.year()));
		}
		if (provinceDeadline.isBefore(windowEnd)) {
			throw new BusinessRuleException("period.error.provinceBeforeWindowEnd");
		}
		if (agencyDeadline != null && agencyDeadline.isAfter(provinceDeadline)) {
			throw new BusinessRuleException("period.error.agencyAfterProvince");
		}
		boolean hasPapi = period.type() == PeriodType.HALF_YEAR || period.type() == PeriodType.YEAR;
		if (papiDeadline != null && (!hasPapi || papiDeadline.getYear() != period.year())) {
			throw new BusinessRuleException("period.error.papiDeadline", String.valueOf(period.year()));
		}
		PeriodSetting row = this.settings.findByYearAndTypeAndNumber(period.year(), period.type(), period.number())
			.orElse(null);
		checkVersion(row == null ? null : row.getVersion(), version, PeriodSetting.class, period.label());
		Map<String, Object> before = snapshot(dates(period));
		if (row == null) {
			row = new PeriodSetting(period.year(), period.type(), period.number());
		}
		row.changeDates(windowStart, windowEnd, provinceDeadline, agencyDeadline,
				hasPapi ? (papiDeadline != null ? papiDeadline : PeriodDefaults.papiDeadline(period)) : null);
		this.settings.saveAndFlush(row);
		this.audit.record("PERIOD_SETTINGS_CHANGED", "REPORTING_PERIOD_SETTING", row.getId(), null,
				"Sửa thời hạn kỳ báo cáo " + period.label(), before, snapshot(dates(period)));
	}

	/** Goes back to the defaults for the period (deletes its settings row). */
	@Transactional
	public void resetPeriod(ReportingPeriod period) {
		this.settings.findByYearAndTypeAndNumber(period.year(), period.type(), period.number()).ifPresent(row -> {
			Map<String, Object> before = snapshot(dates(period));
			this.settings.delete(row);
			this.settings.flush();
			this.audit.record("PERIOD_SETTINGS_RESET", "REPORTING_PERIOD_SETTING", row.getId(), null,
					"Khôi phục thời hạn mặc định kỳ báo cáo " + period.label(), before, snapshot(dates(period)));
		});
	}

	private Optional<PeriodSetting> monthlyRow(int year) {
		return this.settings.findByYearAndTypeAndNumber(year, PeriodType.MONTH, PeriodSetting.EVERY_MONTH);
	}

	private static void checkVersion(Long current, Long expected, Class<?> type, Object id) {
		boolean same = current == null ? expected == null : current.equals(expected);
		if (!same) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	private static Map<String, Object> snapshot(PeriodDates d) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("windowStart", String.valueOf(d.windowStart()));
		map.put("windowEnd", String.valueOf(d.windowEnd()));
		map.put("provinceDeadline", String.valueOf(d.provinceDeadline()));
		map.put("agencyDeadline", String.valueOf(d.agencyDeadline()));
		map.put("papiDeadline", String.valueOf(d.papiDeadline()));
		return map;
	}

}
