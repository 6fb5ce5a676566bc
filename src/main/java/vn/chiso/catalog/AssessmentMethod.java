package vn.chiso.catalog;

/** How a criterion's points are obtained. Labels are {@code AssessmentMethod.<name>}. */
public enum AssessmentMethod {

	/** The province self-assesses with evidence, Bộ Nội vụ appraises. */
	SELF_APPRAISED,
	/** Points come from the sociological survey (điều tra xã hội học). */
	SURVEY,
	/** Only the nationally published figure exists (SIPAS factors, PAPI dimensions). */
	PUBLISHED

}
