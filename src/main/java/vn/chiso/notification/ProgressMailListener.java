package vn.chiso.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.progress.OutstandingWork;
import vn.chiso.progress.OutstandingWork.WorkItem;
import vn.chiso.progress.ProgressEvents;

/**
 * Immediate notices: listens to progress's events inside the transaction that publishes them, so the outbox rows
 * commit or roll back with the change. Sent to the agency's staff (and for a reminder its head too) who chose
 * immediate notices; the others find the same facts in their next digest.
 */
@Component
class ProgressMailListener {

	private final OutstandingWork work;

	private final Recipients recipients;

	private final MailComposer composer;

	private final Outbox outbox;

	private final Clock clock;

	ProgressMailListener(OutstandingWork work, Recipients recipients, MailComposer composer, Outbox outbox,
			Optional<Clock> clock) {
		this.work = work;
		this.recipients = recipients;
		this.composer = composer;
		this.outbox = outbox;
		this.clock = clock.orElse(Clock.system(java.time.ZoneId.of(vn.chiso.ChiSoApplication.TIME_ZONE)));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void returned(ProgressEvents.EntryReturned event) {
		WorkItem item = this.work.entry(event.entryId(), LocalDate.now(this.clock)).orElseThrow();
		for (Recipient r : this.recipients.ofAgency(event.agencyId())) {
			if (r.mode().immediate() && Recipients.staff(r)) {
				queue(r, "RETURNED", this.composer.text("mail.returned.subject", item.roundLabel()),
						this.composer.text("mail.returned.intro", event.reviewerName(), item.roundLabel()),
						this.composer.text("mail.returned.commentLabel"), event.comment(), item);
			}
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void reopened(ProgressEvents.EntryReopened event) {
		WorkItem item = this.work.entry(event.entryId(), LocalDate.now(this.clock)).orElseThrow();
		for (Recipient r : this.recipients.ofAgency(event.agencyId())) {
			if (r.mode().immediate() && Recipients.staff(r)) {
				queue(r, "REOPENED", this.composer.text("mail.reopened.subject", item.roundLabel()),
						this.composer.text("mail.reopened.intro", event.reviewerName(), item.roundLabel()),
						this.composer.text("mail.reopened.reasonLabel"), event.reason(), item);
			}
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void reminded(ProgressEvents.AgencyReminded event) {
		for (Recipient r : this.recipients.ofAgency(event.agencyId())) {
			if (r.mode().immediate() && (Recipients.staff(r) || Recipients.head(r))) {
				MailComposer.Line line = new MailComposer.Line(this.composer.text("mail.nudge.open"), null,
						this.composer.link("/progress"));
				MailComposer.Rendered m = this.composer.notice(r,
						this.composer.text("mail.nudge.subject", event.roundLabel()), event.message(),
						null, null, List.of(line));
				this.outbox.add(new Outbox.Draft("NUDGE", r.userId(), r.email(), r.fullName(), m.subject(), m.html(),
						m.text(), null));
			}
		}
	}

	private void queue(Recipient r, String kind, String subject, String intro, String quoteLabel, String quote,
			WorkItem item) {
		MailComposer.Line line = new MailComposer.Line(DailyDigest.title(item.taskNumber(), item.taskContent()),
				this.composer.text("mail.line.round", item.roundLabel(), DailyDigest.date(item.deadline())),
				this.composer.link("/progress/entries/" + item.entryId()));
		MailComposer.Rendered m = this.composer.notice(r, subject, intro, quoteLabel, quote, List.of(line));
		this.outbox.add(new Outbox.Draft(kind, r.userId(), r.email(), r.fullName(), m.subject(), m.html(), m.text(),
				null));
	}

}
