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

}
