package vn.chiso.catalog;

/**
 * The four PAPI groups (quartiles of provinces), best first, so that {@link #atLeast(PapiGroup)} is an ordinal
 * comparison. Labels are {@code PapiGroup.<name>}.
 */
public enum PapiGroup {

	CAO_NHAT, TRUNG_BINH_CAO, TRUNG_BINH_THAP, THAP_NHAT;

	/** Whether this group is the given one or better. */
	public boolean atLeast(PapiGroup other) {
		return ordinal() <= other.ordinal();
	}

}
