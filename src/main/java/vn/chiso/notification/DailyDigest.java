package vn.chiso.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.progress.EntryState;
import vn.chiso.progress.OutstandingWork;
import vn.chiso.progress.OutstandingWork.WorkItem;
import vn.chiso.schedule.WorkingCalendar;

/**
 * The daily digest and the escalation of late entries, composed once a working day from the digest time on (every
 * instance checks every five minutes; the first to insert the day's row in {@code mail_digest_run} composes, in the
 * same transaction as the messages). Facts come from {@link OutstandingWork}; working days from {@link WorkingCalendar}.
 * <ul>
 * <li>staff (cán bộ): their agency's entries due within N working days, overdue, and returned;</li>
 * <li>heads (lãnh đạo đơn vị): entries waiting for their approval, and their agency's overdue entries;</li>
 * <li>Sở Nội vụ: entries waiting for review, and agencies with entries late by more than M working days.</li>
 * </ul>
 * Nobody with nothing to do receives a digest. Escalation: an entry overdue by more than M working days is reported
 * once to its agency's head, and after K more to Sở Nội vụ ({@code mail_escalation} remembers what was reported).
 */
@Component
public class DailyDigest {

	/** The most lines of one section; the rest is summed up with a link to the list. */
	static final int MAX_LINES = 30;

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

	private final OutstandingWork work;

	private final WorkingCalendar calendar;

	private final Recipients recipients;

	private final NotificationStore store;

	private final MailComposer composer;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private final MailProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	DailyDigest(OutstandingWork work, WorkingCalendar calendar, Recipients recipients, NotificationStore store,
			MailComposer composer, Outbox outbox, JdbcClient jdbc, MailProperties properties, Optional<Clock> clock,
			PlatformTransactionManager transactions) {
		this.work = work;
		this.calendar = calendar;
		this.recipients = recipients;
		this.store = store;
		this.composer = composer;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock.orElse(Clock.system(java.time.ZoneId.of(vn.chiso.ChiSoApplication.TIME_ZONE)));
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${app.mail.digest-cron:0 */5 * * * *}", zone = vn.chiso.ChiSoApplication.TIME_ZONE)
	void scheduled() {
		if (this.properties.schedulerEnabled()) {
			runScheduled(LocalDateTime.now(this.clock));
		}
	}

	/**
	 * What the schedule runs: {@link #runIfDue} in a transaction of its own. The schedule calls this object's own
	 * method, where {@code @Transactional} does not apply: without the template the day's row was inserted and
	 * committed alone, the messages then refused for want of a transaction, and the day's digest never composed. A
	 * failure now leaves nothing behind (the day is not claimed), is logged, and the next check tries again.
	 * @return as {@link #runIfDue}, 0 after a failure
	 */
	int runScheduled(LocalDateTime now) {
		try {
			Integer queued = this.transaction.execute(status -> runIfDue(now));
			return queued == null ? 0 : queued;
		}
		catch (RuntimeException ex) {
			log.warn("Thư tổng hợp: {}", ex.getMessage());
			return 0;
		}
	}

	/**
	 * Composes the day's digest if the day is a working day, the digest time has come and no instance has composed it.
	 * @return the number of messages queued, 0 when not due, -1 when already composed
	 */
	@Transactional
	public int runIfDue(LocalDateTime now) {
		NotificationSettings settings = this.store.settings();
		if (!this.calendar.isWorkingDay(now.toLocalDate()) || now.toLocalTime().isBefore(settings.digestTime())) {
			return 0;
		}
		return compose(now.toLocalDate());
	}

	/**
	 * Composes the digests and escalations of the day, once.
	 * @return the number of messages queued, or -1 when the day was composed already
	 */
	@Transactional
	public int compose(LocalDate day) {
		int claimed = this.jdbc.sql("insert into mail_digest_run (day, messages) values (:day, 0) on conflict do nothing")
			.param("day", day).update();
		if (claimed == 0) {
			return -1;
		}
		NotificationSettings settings = this.store.settings();
		List<WorkItem> items = this.work.openOn(day);
		List<Recipient> people = this.recipients.all();
		int queued = digests(day, settings, items, people) + escalations(day, settings, items, people);
		this.jdbc.sql("update mail_digest_run set messages = :n where day = :day").param("n", queued).param("day", day)
			.update();
		log.info("Thư tổng hợp ngày {}: {} thư", day, queued);
		return queued;
	}

	private int digests(LocalDate day, NotificationSettings s, List<WorkItem> items, List<Recipient> people) {
		Map<Long, List<WorkItem>> byAgency = items.stream()
			.collect(Collectors.groupingBy(WorkItem::agencyId, LinkedHashMap::new, Collectors.toList()));
		List<WorkItem> submitted = items.stream().filter(i -> i.state() == EntryState.SUBMITTED).toList();
		List<WorkItem> late = items.stream().filter(i -> i.workingDaysOverdue() > s.escalateWorkingDays()).toList();
		List<MailComposer.Line> lateAgencies = lateAgencies(late);
		int queued = 0;
		for (Recipient r : people) {
			List<MailComposer.Section> sections = new ArrayList<>();
			// the reports behind the sections, each once (a section shows at most MAX_LINES of them)
			Set<Long> entries = new HashSet<>();
			List<WorkItem> own = r.agencyId() == null ? List.of() : byAgency.getOrDefault(r.agencyId(), List.of());
			if (Recipients.staff(r)) {
				add(sections, entries, "mail.digest.dueSoon", own, i -> i.dueWithin(s.dueSoonWorkingDays()),
						this::dueLine, "/progress");
				add(sections, entries, "mail.digest.overdue", own, WorkItem::overdue, this::overdueLine, "/progress");
				add(sections, entries, "mail.digest.returned", own, i -> i.state() == EntryState.RETURNED,
						this::returnedLine, "/progress");
			}
			else if (Recipients.head(r)) {
				add(sections, entries, "mail.digest.awaitingApproval", own,
						i -> i.state() == EntryState.AWAITING_APPROVAL, this::dueLine, "/progress/approvals");
				add(sections, entries, "mail.digest.agencyOverdue", own, WorkItem::overdue, this::overdueLine,
						"/progress");
			}
			else if (Recipients.province(r)) {
				add(sections, entries, "mail.digest.awaitingReview", submitted, i -> true, this::reviewLine,
						"/progress/rounds");
				if (!lateAgencies.isEmpty()) {
					sections.add(new MailComposer.Section(
							this.composer.text("mail.digest.lateAgencies", s.escalateWorkingDays()), lateAgencies));
					late.forEach(i -> entries.add(i.entryId()));
				}
			}
			if (sections.isEmpty()) {
				continue;
			}
			MailComposer.Rendered m = this.composer.digest(r, day, sections, entries.size());
			if (this.outbox.add(new Outbox.Draft("DIGEST", r.userId(), r.email(), r.fullName(), m.subject(), m.html(),
					m.text(), "digest:" + r.userId() + ":" + day))) {
				queued++;
			}
		}
		return queued;
	}

	private void add(List<MailComposer.Section> sections, Set<Long> entries, String key, List<WorkItem> items,
			Predicate<WorkItem> which, java.util.function.Function<WorkItem, MailComposer.Line> line, String listPath) {
		List<WorkItem> chosen = items.stream().filter(which).toList();
		if (chosen.isEmpty()) {
			return;
		}
		chosen.forEach(i -> entries.add(i.entryId()));
		List<MailComposer.Line> lines = new ArrayList<>(chosen.stream().limit(MAX_LINES).map(line).toList());
		if (chosen.size() > MAX_LINES) {
			lines.add(new MailComposer.Line(this.composer.text("mail.digest.more", chosen.size() - MAX_LINES), null,
					this.composer.link(listPath)));
		}
		sections.add(new MailComposer.Section(this.composer.text(key, chosen.size()), lines));
	}

	/** The agencies of the given late entries, one line each, the latest first. */
	private List<MailComposer.Line> lateAgencies(List<WorkItem> late) {
		Map<Long, List<WorkItem>> byAgency = late.stream()
			.collect(Collectors.groupingBy(WorkItem::agencyId, LinkedHashMap::new, Collectors.toList()));
		return byAgency.values().stream()
			.sorted(Comparator.comparingInt((List<WorkItem> l) -> l.stream().mapToInt(WorkItem::workingDaysOverdue).max()
				.orElse(0)).reversed())
			.map(l -> {
				WorkItem first = l.get(0);
				int worst = l.stream().mapToInt(WorkItem::workingDaysOverdue).max().orElse(0);
				return new MailComposer.Line(first.agencyName(),
						this.composer.text("mail.digest.lateAgency", l.size(), worst),
						this.composer.link("/progress/rounds/" + first.roundId() + "/agencies/" + first.agencyId()));
			})
			.toList();
	}

	private int escalations(LocalDate day, NotificationSettings s, List<WorkItem> items, List<Recipient> people) {
		int m = s.escalateWorkingDays();
		int mk = m + s.escalateFurtherDays();
		List<WorkItem> toHead = items.stream()
			.filter(i -> i.workingDaysOverdue() > m && firstTime(i.entryId(), "HEAD", day))
			.toList();
		List<WorkItem> toProvince = items.stream()
			.filter(i -> i.workingDaysOverdue() > mk && firstTime(i.entryId(), "PROVINCE", day))
			.toList();
		int queued = 0;
		Map<Long, List<WorkItem>> headByAgency = toHead.stream()
			.collect(Collectors.groupingBy(WorkItem::agencyId, LinkedHashMap::new, Collectors.toList()));
		for (Recipient r : people) {
			if (Recipients.head(r) && headByAgency.containsKey(r.agencyId())) {
				queued += escalate(r, day, "ESCALATION_HEAD", headByAgency.get(r.agencyId()),
						this.composer.text("mail.escalation.head.subject", headByAgency.get(r.agencyId()).size()),
						this.composer.text("mail.escalation.head.intro", m));
			}
			else if (Recipients.province(r) && !toProvince.isEmpty()) {
				queued += escalate(r, day, "ESCALATION_PROVINCE", toProvince,
						this.composer.text("mail.escalation.province.subject", toProvince.size()),
						this.composer.text("mail.escalation.province.intro", mk));
			}
		}
		return queued;
	}

	private int escalate(Recipient r, LocalDate day, String kind, List<WorkItem> items, String subject, String intro) {
		List<MailComposer.Line> lines = new ArrayList<>(items.stream()
			.sorted(Comparator.comparingInt(WorkItem::workingDaysOverdue).reversed())
			.limit(MAX_LINES)
			.map(this::escalationLine)
			.toList());
		if (items.size() > MAX_LINES) {
			lines.add(new MailComposer.Line(this.composer.text("mail.digest.more", items.size() - MAX_LINES), null,
					this.composer.link(kind.equals("ESCALATION_HEAD") ? "/progress" : "/progress/rounds")));
		}
		MailComposer.Rendered msg = this.composer.notice(r, subject, intro, null, null, lines);
		return this.outbox.add(new Outbox.Draft(kind, r.userId(), r.email(), r.fullName(), msg.subject(), msg.html(),
				msg.text(), kind.toLowerCase() + ":" + r.userId() + ":" + day)) ? 1 : 0;
	}

	private boolean firstTime(long entryId, String level, LocalDate day) {
		return this.jdbc.sql("""
				insert into mail_escalation (entry_id, level, escalated_on) values (:id, :level, :day)
				on conflict do nothing
				""").param("id", entryId).param("level", level).param("day", day).update() > 0;
	}

	private MailComposer.Line dueLine(WorkItem i) {
		return line(i, this.composer.text("mail.line.due", date(i.deadline()), i.workingDaysLeft()));
	}

	private MailComposer.Line overdueLine(WorkItem i) {
		return line(i, this.composer.text("mail.line.overdue", date(i.deadline()), i.workingDaysOverdue()));
	}

	private MailComposer.Line escalationLine(WorkItem i) {
		return line(i, this.composer.text("mail.line.escalation", i.agencyName(), date(i.deadline()),
				i.workingDaysOverdue()));
	}

	private MailComposer.Line returnedLine(WorkItem i) {
		return line(i, this.composer.text("mail.line.returned", i.reviewComment() == null ? "" : i.reviewComment()));
	}

	private MailComposer.Line reviewLine(WorkItem i) {
		return line(i, this.composer.text("mail.line.review", i.agencyName(), i.roundLabel()));
	}

	private MailComposer.Line line(WorkItem i, String detail) {
		return new MailComposer.Line(title(i.taskNumber(), i.taskContent()), detail,
				this.composer.link("/progress/entries/" + i.entryId()));
	}

	/** "number. content", the content cut at a word after about {@link #TITLE_LENGTH} characters. */
	static String title(String number, String content) {
		String prefix = number == null || number.isBlank() ? "" : number.trim() + ". ";
		String text = content == null ? "" : content.strip().replaceAll("\\s+", " ");
		if (text.length() > TITLE_LENGTH) {
			int cut = text.lastIndexOf(' ', TITLE_LENGTH);
			text = text.substring(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH) + "…";
		}
		return prefix + text;
	}

	static final int TITLE_LENGTH = 160;

	static String date(LocalDate d) {
		return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

}
