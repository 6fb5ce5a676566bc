package vn.chiso.agency;

import java.time.LocalDate;

/** What other features and the views read about an agency. */
public record AgencyView(Long id, String code, String name, String shortName, AgencyKind kind, Long parentId,
		String parentName, Long successorId, String successorName, LocalDate validFrom, LocalDate validTo,
		boolean active, boolean requiresHeadApproval, long version) {

	/** Short name where there is one, else the full name. */
	public String displayName() {
		return this.shortName != null && !this.shortName.isBlank() ? this.shortName : this.name;
	}

	public boolean isValidOn(LocalDate date) {
		return this.active && (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
	}

	/** Valid today (province time): neither stopped nor dissolved (validity ended) nor not yet founded. */
	public boolean current() {
		return isValidOn(LocalDate.now(java.time.ZoneId.of(vn.chiso.ChiSoApplication.TIME_ZONE)));
	}

	/**
	 * How the agency stands today, as a message key: {@code agency.status.active}, {@code .dissolved} (its validity
	 * ended: merged or dissolved, {0} the last day), {@code .stopped} (switched off by an administrator) or
	 * {@code .notYet} (valid from a later date, {0} that date). Lists show it as the status; pickers mark the agency
	 * with {@link #pickerKey()}.
	 */
	public String statusKey() {
		LocalDate today = LocalDate.now(java.time.ZoneId.of(vn.chiso.ChiSoApplication.TIME_ZONE));
		if (this.validTo != null && today.isAfter(this.validTo)) {
			return "agency.status.dissolved";
		}
		if (!this.active) {
			return "agency.status.stopped";
		}
		if (this.validFrom != null && today.isBefore(this.validFrom)) {
			return "agency.status.notYet";
		}
		return "agency.status.active";
	}

	/** The date the status message names: the last valid day, or the first one for an agency not yet valid. */
	public String statusDate() {
		LocalDate date = "agency.status.notYet".equals(statusKey()) ? this.validFrom : this.validTo;
		return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	/** The picker label's message key: the name alone for a current agency, else the name with its status. */
	public String pickerKey() {
		return current() ? "agency.picker.current" : "agency.picker." + statusKey().substring("agency.status.".length());
	}

}
