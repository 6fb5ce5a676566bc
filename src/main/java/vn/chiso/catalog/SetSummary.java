package vn.chiso.catalog;

/** A criteria set as lists show it. */
public record SetSummary(Long id, Long indexId, String indexCode, String indexShortName, int year, Subject subject,
		int revision, String name, String legalBasis, boolean illustrative, boolean active, boolean locked,
		Long previousSetId, long version) {
}
