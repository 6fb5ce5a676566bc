package vn.chiso.catalog;

/** How many provinces an index ranks in a year, and the year from which that count applies. */
public record RankedProvincesView(String indexCode, String indexShortName, int year, int provinces, int fromYear) {
}
