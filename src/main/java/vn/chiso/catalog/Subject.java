package vn.chiso.catalog;

/**
 * Whom a criteria set assesses: the province itself (the national indices) or the province's own agencies, which it
 * scores yearly with its own sets. Labels are {@code Subject.<name>} in catalog.properties.
 */
public enum Subject {

	/** Cấp tỉnh. */
	PROVINCE,
	/** Sở, ban, ngành. */
	SO_BAN_NGANH,
	/** UBND cấp xã. */
	UBND_XA

}
