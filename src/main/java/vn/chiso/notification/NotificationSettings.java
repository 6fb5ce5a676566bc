package vn.chiso.notification;

import java.time.LocalTime;

/**
 * The province's notice settings (table {@code notification_setting}, one row).
 *
 * @param defaultMode what a person who has not chosen receives
 * @param digestTime the time of day (Vietnam) from which the daily digest is composed and sent, on working days
 * @param dueSoonWorkingDays N: the digest lists what is due within this many working days
 * @param escalateWorkingDays M: an entry overdue by more than this many working days is reported to its agency's head
 * (and its agency is listed in Sở Nội vụ's digest)
 * @param escalateFurtherDays K: after this many more working days, the entry is reported to Sở Nội vụ
 */
public record NotificationSettings(MailMode defaultMode, LocalTime digestTime, int dueSoonWorkingDays,
		int escalateWorkingDays, int escalateFurtherDays, long version) {
}
