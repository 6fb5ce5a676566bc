package vn.chiso.agency;

/** What sort of body an agency is; named groups select their members by kind. Labels: {@code AgencyKind.X}. */
public enum AgencyKind {

	/** Sở, ban, ngành (departments and equivalent bodies of the provincial People's Committee). */
	SO_BAN_NGANH,
	/** Văn phòng Ủy ban nhân dân tỉnh. */
	VAN_PHONG_UBND_TINH,
	/** Ủy ban nhân dân huyện, thành phố (district level, abolished from 1/7/2025). */
	UBND_HUYEN,
	/** Ủy ban nhân dân xã, phường, thị trấn. */
	UBND_XA,
	/** Central agencies located in the province (Công an tỉnh, Bưu điện tỉnh ...). */
	CO_QUAN_TRUNG_UONG,
	/** Press: báo, đài. */
	BAO_DAI,
	/** Anything else. */
	KHAC

}
