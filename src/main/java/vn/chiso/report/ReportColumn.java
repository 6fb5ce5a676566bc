package vn.chiso.report;

/** A column of a report table: title, width in characters, and how its cells are shown. */
public record ReportColumn(String title, int width, Kind kind) {

	public enum Kind {

		/** Wrapped text, left aligned. */
		TEXT,
		/** Short text centred (TT, codes, dates, statuses). */
		CENTER,
		/** A decimal with two places (84,70 in a Vietnamese Excel). */
		DECIMAL,
		/** A whole number. */
		INTEGER,
		/** A percentage stored as a fraction (0,847 shows as 84,70%). */
		PERCENT

	}

	public static ReportColumn text(String title, int width) {
		return new ReportColumn(title, width, Kind.TEXT);
	}

	public static ReportColumn center(String title, int width) {
		return new ReportColumn(title, width, Kind.CENTER);
	}

	public static ReportColumn decimal(String title, int width) {
		return new ReportColumn(title, width, Kind.DECIMAL);
	}

	public static ReportColumn integer(String title, int width) {
		return new ReportColumn(title, width, Kind.INTEGER);
	}

	public static ReportColumn percent(String title, int width) {
		return new ReportColumn(title, width, Kind.PERCENT);
	}

}
