package vn.chiso.security;

/** The five roles of ChiSo. Spring Security authorities are {@code ROLE_<name>}; labels are {@code Role.<name>}. */
public enum Role {

	/** Quản trị hệ thống: users, agencies, catalogs, settings. */
	QUAN_TRI(false),
	/** Sở Nội vụ reviewer: sees everything, reviews and consolidates. */
	SO_NOI_VU(true),
	/** Lãnh đạo tỉnh: reads everything, downloads reports, changes nothing. */
	LANH_DAO_TINH(false),
	/** Lãnh đạo đơn vị: approves what the agency submits. */
	LANH_DAO_DON_VI(true),
	/** Cán bộ đơn vị: enters progress for the own agency only. */
	CAN_BO_DON_VI(true);

	private final boolean agencyRequired;

	Role(boolean agencyRequired) {
		this.agencyRequired = agencyRequired;
	}

	/** Whether a user of this role must belong to an agency. */
	public boolean agencyRequired() {
		return this.agencyRequired;
	}

	/** Roles that see the data of every agency. */
	public boolean seesAllAgencies() {
		return this == QUAN_TRI || this == SO_NOI_VU || this == LANH_DAO_TINH;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
