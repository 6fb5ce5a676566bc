package vn.chiso.catalog;

/**
 * The status of a target and why, in Vietnamese ("2024: hạng 38/63, tăng 6 bậc so với 2023 (44/63) – đạt").
 *
 * @param missing what is missing, in Vietnamese ("thứ hạng năm 2023"), for {@link TargetStatus#MISSING_DATA} and
 * {@link TargetStatus#NO_RESULT_YET}; null otherwise
 */
public record TargetOutcome(TargetStatus status, String explanation, String missing) {

	public boolean met() {
		return this.status == TargetStatus.MET;
	}

}
