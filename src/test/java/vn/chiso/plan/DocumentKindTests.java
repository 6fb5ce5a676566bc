package vn.chiso.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentKindTests {

	@Test
	void readsTheKindAsTypedElseFromTheNumber() {
		assertThat(DocumentKind.read("Chỉ thị", "")).contains(DocumentKind.DIRECTIVE);
		assertThat(DocumentKind.read("quyết định", "")).contains(DocumentKind.DECISION);
		assertThat(DocumentKind.read("Kế hoạch", "05/CT-UBND")).contains(DocumentKind.PLAN);
		assertThat(DocumentKind.read("", "18/CT-UBND")).contains(DocumentKind.DIRECTIVE);
		assertThat(DocumentKind.read("", "636/QĐ-UBND")).contains(DocumentKind.DECISION);
		assertThat(DocumentKind.read("", "1331/KH-UBND")).contains(DocumentKind.PLAN);
		assertThat(DocumentKind.read("", "9228/UBND-VP")).isEmpty();
		assertThat(DocumentKind.read("Công văn", "")).isEmpty();
	}

}
