package vn.chiso.notification;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** The administrator's notice settings form. */
public class SettingsForm {

	@NotNull(message = "{notification.mode.required}")
	private MailMode defaultMode;

	@NotNull(message = "{notification.settings.time.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime digestTime;

	@Min(value = 0, message = "{notification.settings.days.range}")
	@Max(value = 60, message = "{notification.settings.days.range}")
	private int dueSoonWorkingDays;

	@Min(value = 1, message = "{notification.settings.days.range}")
	@Max(value = 120, message = "{notification.settings.days.range}")
	private int escalateWorkingDays;

	@Min(value = 1, message = "{notification.settings.days.range}")
	@Max(value = 120, message = "{notification.settings.days.range}")
	private int escalateFurtherDays;

	private long version;

	static SettingsForm from(NotificationSettings s) {
		SettingsForm f = new SettingsForm();
		f.defaultMode = s.defaultMode();
		f.digestTime = s.digestTime();
		f.dueSoonWorkingDays = s.dueSoonWorkingDays();
		f.escalateWorkingDays = s.escalateWorkingDays();
		f.escalateFurtherDays = s.escalateFurtherDays();
		f.version = s.version();
		return f;
	}

	NotificationSettings toSettings() {
		return new NotificationSettings(this.defaultMode, this.digestTime, this.dueSoonWorkingDays,
				this.escalateWorkingDays, this.escalateFurtherDays, this.version);
	}

	public MailMode getDefaultMode() {
		return this.defaultMode;
	}

	public void setDefaultMode(MailMode defaultMode) {
		this.defaultMode = defaultMode;
	}

	public LocalTime getDigestTime() {
		return this.digestTime;
	}

	public void setDigestTime(LocalTime digestTime) {
		this.digestTime = digestTime;
	}

	public int getDueSoonWorkingDays() {
		return this.dueSoonWorkingDays;
	}

	public void setDueSoonWorkingDays(int dueSoonWorkingDays) {
		this.dueSoonWorkingDays = dueSoonWorkingDays;
	}

	public int getEscalateWorkingDays() {
		return this.escalateWorkingDays;
	}

	public void setEscalateWorkingDays(int escalateWorkingDays) {
		this.escalateWorkingDays = escalateWorkingDays;
	}

	public int getEscalateFurtherDays() {
		return this.escalateFurtherDays;
	}

	public void setEscalateFurtherDays(int escalateFurtherDays) {
		this.escalateFurtherDays = escalateFurtherDays;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
