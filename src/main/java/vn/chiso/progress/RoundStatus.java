package vn.chiso.progress;

/** Labels: {@code RoundStatus.<name>}. Stored by name. */
public enum RoundStatus {

	/** Đang mở: agencies write and submit. */
	OPEN,
	/** Đã đóng: nothing more is accepted from agencies; whoever has not reported shows "không báo cáo". */
	CLOSED

}
