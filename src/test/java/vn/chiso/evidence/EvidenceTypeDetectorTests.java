package vn.chiso.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceTypeDetectorTests {

	@TempDir
	Path dir;

	@Test
	void recognisesEveryAcceptedTypeByContent() throws IOException {
		assertThat(detect(EvidenceSamples.pdf())).isEqualTo(EvidenceType.PDF);
		// the sample PDFs of the large province and the load test pass the same check as a user's upload
		byte[] sample = vn.chiso.demo.province.SamplePdf.of("Báo cáo (tháng 10)", 100_000);
		assertThat(detect(sample)).isEqualTo(EvidenceType.PDF);
		assertThat(sample.length).isBetween(99_000, 101_000);
		assertThat(detect(EvidenceSamples.image("png"))).isEqualTo(EvidenceType.PNG);
		assertThat(detect(EvidenceSamples.image("jpeg"))).isEqualTo(EvidenceType.JPEG);
		assertThat(detect(EvidenceSamples.image("gif"))).isEqualTo(EvidenceType.GIF);
		assertThat(detect(EvidenceSamples.webp())).isEqualTo(EvidenceType.WEBP);
		assertThat(detect(EvidenceSamples.docx())).isEqualTo(EvidenceType.DOCX);
		assertThat(detect(EvidenceSamples.xlsx())).isEqualTo(EvidenceType.XLSX);
		assertThat(detect(EvidenceSamples.pptx())).isEqualTo(EvidenceType.PPTX);
		assertThat(detect(EvidenceSamples.xls())).isEqualTo(EvidenceType.XLS);
		assertThat(detect(EvidenceSamples.ole2("WordDocument", "1Table"))).isEqualTo(EvidenceType.DOC);
		assertThat(detect(EvidenceSamples.ole2("PowerPoint Document"))).isEqualTo(EvidenceType.PPT);
	}

	@Test
	void refusesProgramsWhateverTheirName() {
		assertRejected(EvidenceSamples.windowsExecutable(), "evidence.file.executable");
		assertRejected(EvidenceSamples.elf(), "evidence.file.executable");
		assertRejected("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII), "evidence.file.executable");
	}

	@Test
	void refusesMarkupThatCouldRunScripts() {
		assertRejected(EvidenceSamples.html(), "evidence.file.markup");
		assertRejected(EvidenceSamples.svg(), "evidence.file.markup");
		assertRejected("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_16), "evidence.file.markup");
	}

	@Test
	void refusesZipsThatAreNotOfficeDocumentsAndMacroDocuments() {
		assertRejected(EvidenceSamples.zip("readme.txt", "payload.exe"), "evidence.file.zipNotOffice");
		assertRejected(EvidenceSamples.zip("[Content_Types].xml", "other/thing.xml"), "evidence.file.zipNotOffice");
		assertRejected(EvidenceSamples.zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"),
				"evidence.file.macros");
	}

	@Test
	void refusesOle2ContainersThatAreNotOfficeDocuments() {
		assertRejected(EvidenceSamples.ole2("\u0005SummaryInformation", "InstallerData"), "evidence.file.typeNotAllowed");
		assertRejected(EvidenceSamples.ole2("EncryptedPackage", "EncryptionInfo"), "evidence.file.encrypted");
	}

	@Test
	void refusesEmptyPlainTextAndTruncatedFiles() {
		assertRejected(new byte[0], "evidence.file.empty");
		assertRejected("Báo cáo kết quả".getBytes(StandardCharsets.UTF_8), "evidence.file.typeNotAllowed");
		assertRejected(new byte[] { 'P', 'K', 3, 4, 0, 0 }, "evidence.file.corrupt");
	}

	private EvidenceType detect(byte[] content) throws IOException {
		Path file = Files.createTempFile(this.dir, "sample", ".bin");
		Files.write(file, content);
		return EvidenceTypeDetector.detect(file);
	}

	private void assertRejected(byte[] content, String key) {
		assertThatThrownBy(() -> detect(content)).isInstanceOf(EvidenceRejectedException.class)
			.extracting(ex -> ((EvidenceRejectedException) ex).getMessageKey())
			.isEqualTo(key);
	}

}
