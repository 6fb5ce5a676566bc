package vn.chiso.progress;

/** How far a task has come in the period (tình hình thực hiện). Labels: {@code Implementation.<name>}. Stored by name. */
public enum Implementation {

	CHUA_TRIEN_KHAI, DANG_THUC_HIEN, HOAN_THANH, HOAN_THANH_QUA_HAN, CHUA_HOAN_THANH, KHONG_PHAT_SINH;

	/** Whether the task counts as done (for the Government's four categories). */
	public boolean done() {
		return this == HOAN_THANH || this == HOAN_THANH_QUA_HAN || this == KHONG_PHAT_SINH;
	}

}
