package vn.chiso.catalog;

import java.math.BigDecimal;
import vn.chiso.common.Decimals;

/** A target as pages show it; {@code componentCode} null means the index as a whole. */
public record TargetView(Long id, Long indexId, String indexCode, String indexShortName, int year,
		String componentCode, String componentName, TargetKind kind, BigDecimal threshold, PapiGroup targetGroup,
		String wording, long version) {

	public String thresholdText() {
		return Decimals.format(this.threshold);
	}

}
