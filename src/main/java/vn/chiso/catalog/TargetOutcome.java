package vn.chiso.catalog;

/** The status of a target and why, in Vietnamese ("2024: hạng 38/63, tăng 6 bậc so với 2023 (44/63) – đạt"). */
public record TargetOutcome(TargetStatus status, String explanation) {
}
