package vn.chiso.evidence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceFileNamesTests {

	@Test
	void keepsVietnameseLettersAndAMatchingExtension() {
		assertThat(EvidenceFileNames.sanitise("Báo cáo kết quả CCHC quý I năm 2025.pdf", EvidenceType.PDF))
			.isEqualTo("Báo cáo kết quả CCHC quý I năm 2025.pdf");
		assertThat(EvidenceFileNames.sanitise("Ảnh hiện trạng.JPEG", EvidenceType.JPEG)).isEqualTo("Ảnh hiện trạng.JPEG");
	}

	@Test
	void composesDecomposedVietnamese() {
		String decomposed = java.text.Normalizer.normalize("Đề án.docx", java.text.Normalizer.Form.NFD);
		assertThat(EvidenceFileNames.sanitise(decomposed, EvidenceType.DOCX)).isEqualTo("Đề án.docx");
	}

	@Test
	void dropsDirectoriesAndTraversal() {
		assertThat(EvidenceFileNames.sanitise("../../etc/passwd.pdf", EvidenceType.PDF)).isEqualTo("passwd.pdf");
		assertThat(EvidenceFileNames.sanitise("..\\..\\x.pdf", EvidenceType.PDF)).isEqualTo("x.pdf");
		assertThat(EvidenceFileNames.sanitise("C:\\Users\\canbo\\Desktop\\Kế hoạch.pdf", EvidenceType.PDF))
			.isEqualTo("Kế hoạch.pdf");
		assertThat(EvidenceFileNames.sanitise("..", EvidenceType.PDF)).isEqualTo("tai-lieu.pdf");
		assertThat(EvidenceFileNames.sanitise("../", EvidenceType.PDF)).isEqualTo("tai-lieu.pdf");
	}

	@Test
	void removesControlAndDirectionCharactersAndReservedSymbols() {
		assertThat(EvidenceFileNames.sanitise("bao\u0000cao\r\n.pdf", EvidenceType.PDF)).isEqualTo("baocao.pdf");
		// right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf"
		assertThat(EvidenceFileNames.sanitise("invoice\u202Efdp.exe", EvidenceType.PDF)).isEqualTo("invoicefdp.pdf");
		assertThat(EvidenceFileNames.sanitise("a<b>c:d\"e|f?g*h.pdf", EvidenceType.PDF)).isEqualTo("a_b_c_d_e_f_g_h.pdf");
	}

	@Test
	void givesTheNameTheExtensionOfItsRealType() {
		assertThat(EvidenceFileNames.sanitise("virus.exe", EvidenceType.PDF)).isEqualTo("virus.pdf");
		assertThat(EvidenceFileNames.sanitise("scan", EvidenceType.PNG)).isEqualTo("scan.png");
		assertThat(EvidenceFileNames.sanitise("bảng số liệu.xls", EvidenceType.XLSX)).isEqualTo("bảng số liệu.xlsx");
		assertThat(EvidenceFileNames.sanitise(null, EvidenceType.DOCX)).isEqualTo("tai-lieu.docx");
		assertThat(EvidenceFileNames.sanitise("CON.pdf", EvidenceType.PDF)).isEqualTo("_CON.pdf");
	}

	@Test
	void limitsTheLengthKeepingTheExtension() {
		String name = EvidenceFileNames.sanitise("ư".repeat(500) + ".pdf", EvidenceType.PDF);
		assertThat(name).hasSize(EvidenceFileNames.MAX_LENGTH).endsWith("ư.pdf");
	}

	@Test
	void foldsToAsciiForTheHeaderFallback() {
		assertThat(EvidenceFileNames.asciiFallback("Đề án \"mới\"; số 1%.pdf")).isEqualTo("De an _moi__ so 1_.pdf");
	}

	@Test
	void labelsSizesWithADecimalComma() {
		assertThat(EvidenceFileView.sizeLabel(10)).isEqualTo("1 KB");
		assertThat(EvidenceFileView.sizeLabel(850 * 1024)).isEqualTo("850 KB");
		assertThat(EvidenceFileView.sizeLabel(1536 * 1024)).isEqualTo("1,5 MB");
		assertThat(EvidenceFileView.sizeLabel(20L * 1024 * 1024)).isEqualTo("20 MB");
	}

}
