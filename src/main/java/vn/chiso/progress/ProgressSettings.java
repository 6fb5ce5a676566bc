package vn.chiso.progress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Progress reporting settings.
 *
 * @param cooperatingLeadWorkingDays how many working days before the lead agency's deadline a cooperating agency's
 * contribution is due, so that the lead agency can use it
 * @param dueSoonWorkingDays entries due within this many working days are listed as "sắp đến hạn"
 * @param waitingFlagWorkingDays an entry waiting for the head or for Sở Nội vụ longer than this is flagged on the
 * review screen (the next level sees who is holding it up)
 */
@ConfigurationProperties("app.progress")
public record ProgressSettings(@DefaultValue("3") int cooperatingLeadWorkingDays,
		@DefaultValue("7") int dueSoonWorkingDays, @DefaultValue("5") int waitingFlagWorkingDays) {
}
