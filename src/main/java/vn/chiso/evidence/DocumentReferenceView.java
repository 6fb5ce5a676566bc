package vn.chiso.evidence;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A reference to an issued document ("150/KH-UBND ngày 12/3/2025"), with the part that proves the point. */
public record DocumentReferenceView(long id, long agencyId, String ownerType, long ownerId, String number,
		LocalDate issuedOn, String issuingBody, String title, String pointer, String createdByName,
		LocalDateTime createdAt) {
}
