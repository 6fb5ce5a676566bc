package vn.chiso.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.common.BusinessRuleException;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EvidenceTestSupport
class EvidenceServiceTests {

	private static final String OWNER = "TEST_OWNER";

	@Autowired
	EvidenceService evidence;

	@Autowired
	EvidenceFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long agencyA;

	long agencyB;

	CurrentUser staffA;

	CurrentUser staffB;

	long ownerId;

	@BeforeEach
	void setUp() {
		this.agencyA = this.fixtures.agency("Sở Thử nghiệm A");
		this.agencyB = this.fixtures.agency("Sở Thử nghiệm B");
		this.staffA = this.fixtures.user(Role.CAN_BO_DON_VI, this.agencyA);
		this.staffB = this.fixtures.user(Role.CAN_BO_DON_VI, this.agencyB);
		this.ownerId = System.nanoTime();
	}

	@Test
	void storesEachAcceptedTypeAndServesItByteIdentical() throws Exception {
		Map<String, byte[]> samples = new LinkedHashMap<>();
		samples.put("Báo cáo.pdf", EvidenceSamples.pdf());
		samples.put("Kế hoạch.docx", EvidenceSamples.docx());
		samples.put("Số liệu.xlsx", EvidenceSamples.xlsx());
		samples.put("Trình chiếu.pptx", EvidenceSamples.pptx());
		samples.put("Số liệu cũ.xls", EvidenceSamples.xls());
		samples.put("Văn bản cũ.doc", EvidenceSamples.ole2("WordDocument", "1Table"));
		samples.put("Ảnh.png", EvidenceSamples.image("png"));
		samples.put("Ảnh.jpg", EvidenceSamples.image("jpeg"));
		samples.put("Ảnh.gif", EvidenceSamples.image("gif"));
		samples.put("Ảnh.webp", EvidenceSamples.webp());
		for (Map.Entry<String, byte[]> sample : samples.entrySet()) {
			EvidenceFileView stored = store(this.staffA, sample.getKey(), sample.getValue());
			assertThat(stored.fileName()).isEqualTo(sample.getKey());
			assertThat(stored.sizeBytes()).isEqualTo(sample.getValue().length);
			assertThat(stored.sha256()).isEqualTo(sha256(sample.getValue()));
			assertThat(stored.uploadedByName()).isEqualTo(this.staffA.fullName());
			MvcResult result = this.mvc.perform(get("/evidence/{id}", stored.id()).with(user(this.staffA)))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(result.getResponse().getContentAsByteArray()).as(sample.getKey()).isEqualTo(sample.getValue());
			assertThat(result.getResponse().getContentType()).isEqualTo(stored.contentType());
			assertThat(stored.type()).isNotNull();
		}
		assertThat(this.evidence.list(OWNER, this.ownerId)).hasSize(samples.size());
	}

	@Test
	void streamsAFileLargerThanOneChunkIntact() throws Exception {
		byte[] big = new byte[EvidenceStore.CHUNK * 2 + 12345];
		new java.util.Random(7).nextBytes(big);
		System.arraycopy(EvidenceSamples.pdf(), 0, big, 0, 8);
		EvidenceFileView stored = store(this.staffA, "lớn.pdf", big);
		byte[] served = this.mvc.perform(get("/evidence/{id}/download", stored.id()).with(user(this.staffA)))
			.andExpect(status().isOk())
			.andExpect(header().longValue("Content-Length", big.length))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(served).isEqualTo(big);
	}

	@Test
	void refusesForgedTypesAndStoresNothing() {
		assertRejected("hop-dong.pdf", EvidenceSamples.windowsExecutable(), "evidence.file.executable");
		assertRejected("bao-cao.pdf", EvidenceSamples.elf(), "evidence.file.executable");
		assertRejected("anh.jpg", EvidenceSamples.html(), "evidence.file.markup");
		assertRejected("bieu-do.svg", EvidenceSamples.svg(), "evidence.file.markup");
		assertRejected("tai-lieu.docx", EvidenceSamples.zip("a.txt", "b.exe"), "evidence.file.zipNotOffice");
		assertRejected("trong.pdf", new byte[0], "evidence.file.empty");
		assertRejected("ghi-chu.txt", "ghi chú".getBytes(StandardCharsets.UTF_8), "evidence.file.typeNotAllowed");
		assertThat(countFiles()).isZero();
	}

	@Test
	void refusesAFileOverTheLimitAndStoresNothing() {
		byte[] tooBig = new byte[(int) this.evidence.maxFileSize() + 1];
		System.arraycopy(EvidenceSamples.pdf(), 0, tooBig, 0, 8);
		assertRejected("qua-lon.pdf", tooBig, "evidence.file.tooLarge");
		assertThat(countFiles()).isZero();
	}

	@Test
	void sanitisesHostileNames() {
		assertThat(store(this.staffA, "../../etc/passwd.pdf", EvidenceSamples.pdf()).fileName()).isEqualTo("passwd.pdf");
		assertThat(store(this.staffA, "..\\..\\x.pdf", EvidenceSamples.pdf()).fileName()).isEqualTo("x.pdf");
		assertThat(store(this.staffA, "bao\u0000cao\u0007.pdf", EvidenceSamples.pdf()).fileName()).isEqualTo("baocao.pdf");
		assertThat(store(this.staffA, "virus.exe", EvidenceSamples.pdf()).fileName()).isEqualTo("virus.pdf");
		String longName = store(this.staffA, "Báo cáo ".repeat(100) + ".pdf", EvidenceSamples.pdf()).fileName();
		assertThat(longName).hasSizeLessThanOrEqualTo(EvidenceFileNames.MAX_LENGTH).endsWith(".pdf");
	}

	@Test
	void theSameContentTwiceForOneOwnerIsRefusedNamingTheFileAlreadyThereButAnotherOwnerMayHaveIt() {
		byte[] pdf = EvidenceSamples.pdf();
		EvidenceFileView first = store(this.staffA, "Quyết định 12.pdf", pdf);
		assertThatThrownBy(() -> store(this.staffA, "Bản sao quyết định.pdf", pdf))
			.isInstanceOf(EvidenceRejectedException.class)
			.satisfies(ex -> {
				EvidenceRejectedException rejected = (EvidenceRejectedException) ex;
				assertThat(rejected.getMessageKey()).isEqualTo("evidence.file.duplicate");
				assertThat(rejected.getArgs()[0]).isEqualTo(first.fileName());
			});
		assertThat(this.evidence.list(OWNER, this.ownerId)).hasSize(1);
		// another owner (another report of the agency) may attach the same document
		this.evidence.store(this.staffA, this.agencyA, OWNER, this.ownerId + 1,
				new MockMultipartFile("file", "Quyết định 12.pdf", "application/octet-stream", pdf));
		assertThat(this.evidence.list(OWNER, this.ownerId + 1)).hasSize(1);
		// once deleted, the same content may come again
		this.evidence.delete(this.staffA, first.id(), f -> true);
		assertThat(store(this.staffA, "Quyết định 12.pdf", pdf).id()).isNotEqualTo(first.id());
	}

	@Test
	void onlyStaffOfTheAgencyMayUpload() {
		assertThatThrownBy(() -> store(this.staffB, "x.pdf", EvidenceSamples.pdf()))
			.isInstanceOf(AccessDeniedException.class);
		CurrentUser leader = this.fixtures.user(Role.LANH_DAO_TINH, null);
		assertThatThrownBy(() -> store(leader, "x.pdf", EvidenceSamples.pdf())).isInstanceOf(AccessDeniedException.class);
		assertThat(countFiles()).isZero();
	}

	@Test
	void softDeleteHidesTheFileButKeepsTheRow() throws Exception {
		EvidenceFileView file = store(this.staffA, "Báo cáo.pdf", EvidenceSamples.pdf());
		this.mvc.perform(get("/evidence/{id}", file.id()).with(user(this.staffA))).andExpect(status().isOk());

		assertThatThrownBy(() -> this.evidence.delete(this.staffB, file.id(), f -> true))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.evidence.delete(this.staffA, file.id(), f -> false))
			.isInstanceOf(BusinessRuleException.class)
			.extracting(ex -> ((BusinessRuleException) ex).getMessageKey())
			.isEqualTo("evidence.file.locked");
		assertThat(this.evidence.list(OWNER, this.ownerId)).hasSize(1);

		this.evidence.delete(this.staffA, file.id(), f -> f.ownerId() == this.ownerId);

		assertThat(this.evidence.list(OWNER, this.ownerId)).isEmpty();
		this.mvc.perform(get("/evidence/{id}", file.id()).with(user(this.staffA))).andExpect(status().isNotFound());
		Map<String, Object> row = this.jdbc.sql("select deleted, deleted_by, size_bytes from evidence_file where id = ?")
			.param(file.id())
			.query()
			.singleRow();
		assertThat(row).containsEntry("deleted", true).containsEntry("deleted_by", this.staffA.id());
		assertThat(auditActions(file.id())).contains("EVIDENCE_UPLOADED", "EVIDENCE_DOWNLOADED", "EVIDENCE_DELETED");
	}

	@Test
	void citesAFileAndAReferenceOfAnotherOwnerWithoutCopying() {
		EvidenceFileView file = store(this.staffA, "Kế hoạch.pdf", EvidenceSamples.pdf());
		DocumentReferenceForm form = new DocumentReferenceForm();
		form.setNumber("150/KH-UBND");
		form.setIssuedOn(java.time.LocalDate.of(2025, 3, 12));
		form.setIssuingBody("UBND tỉnh Tuyên Quang");
		form.setTitle("Kế hoạch cải cách hành chính năm 2025");
		form.setPointer("Mục II.2, trang 3");
		DocumentReferenceView reference = this.evidence.addReference(this.staffA, this.agencyA, OWNER, this.ownerId,
				form);
		assertThat(this.evidence.listReferences(OWNER, this.ownerId)).extracting(DocumentReferenceView::number)
			.containsExactly("150/KH-UBND");

		long scoreId = System.nanoTime();
		this.evidence.citeFile(this.staffA, file.id(), "TEST_CITING_OWNER", scoreId, "trang 2");
		this.evidence.citeReference(this.staffA, reference.id(), "TEST_CITING_OWNER", scoreId, "Mục II.2");
		assertThatThrownBy(() -> this.evidence.citeFile(this.staffB, file.id(), "TEST_CITING_OWNER", scoreId, null))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(this.evidence.citations("TEST_CITING_OWNER", scoreId)).satisfiesExactly(c -> {
			assertThat(c.file().fileName()).isEqualTo("Kế hoạch.pdf");
			assertThat(c.pointer()).isEqualTo("trang 2");
		}, c -> assertThat(c.reference().title()).isEqualTo("Kế hoạch cải cách hành chính năm 2025"));
		Integer copies = this.jdbc.sql("select count(*) from evidence_file where owner_type = 'SCORE' and owner_id = ?")
			.param(scoreId)
			.query(Integer.class)
			.single();
		assertThat(copies).isZero();

		this.evidence.delete(this.staffA, file.id(), f -> true);
		this.evidence.deleteReference(this.staffA, reference.id(), r -> true);
		assertThat(this.evidence.citations("TEST_CITING_OWNER", scoreId)).isEmpty();
		assertThat(this.evidence.listReferences(OWNER, this.ownerId)).isEmpty();
		Integer audited = this.jdbc.sql("""
				select count(*) from audit_event where entity_type in ('DOCUMENT_REFERENCE', 'EVIDENCE_CITATION')
				and action in ('DOCUMENT_REFERENCE_ADDED', 'DOCUMENT_REFERENCE_DELETED', 'EVIDENCE_CITED')
				and agency_id = ?
				""").param(this.agencyA).query(Integer.class).single();
		assertThat(audited).isEqualTo(4);
	}

	@Test
	void offersTheAgencysEvidenceForCitingButNotTheCitingOwnersOwnNorDeletedNorOtherAgencies() {
		EvidenceFileView file = store(this.staffA, "Biên bản kiểm tra.pdf", EvidenceSamples.pdf());
		EvidenceFileView deleted = store(this.staffA, "Bản nháp.docx", EvidenceSamples.docx());
		this.evidence.delete(this.staffA, deleted.id(), f -> true);
		DocumentReferenceForm form = new DocumentReferenceForm();
		form.setNumber("42/QĐ-UBND");
		form.setIssuedOn(java.time.LocalDate.of(2023, 11, 30));
		form.setIssuingBody("UBND tỉnh Lai Châu");
		form.setTitle("Quy chế phối hợp");
		DocumentReferenceView reference = this.evidence.addReference(this.staffA, this.agencyA, OWNER, this.ownerId,
				form);
		long citingId = System.nanoTime();
		EvidenceFileView ownOfCiting = this.evidence.store(this.staffA, this.agencyA, "TEST_CITING_OWNER", citingId,
				new MockMultipartFile("file", "Của chính điểm.pdf", "application/pdf", EvidenceSamples.pdf()));
		this.evidence.store(this.staffB, this.agencyB, OWNER, this.ownerId,
				new MockMultipartFile("file", "Đơn vị khác.xlsx", "application/octet-stream", EvidenceSamples.xlsx()));

		java.time.LocalDate uploadDay = this.jdbc.sql("select uploaded_at::date from evidence_file where id = ?")
			.param(file.id())
			.query(java.time.LocalDate.class)
			.single();
		assertThat(this.evidence.citable(this.agencyA, "TEST_CITING_OWNER", citingId)).containsExactly(
				new CitableEvidenceView("F" + file.id(), "Biên bản kiểm tra.pdf", OWNER, uploadDay),
				new CitableEvidenceView("R" + reference.id(), "42/QĐ-UBND – Quy chế phối hợp", OWNER,
						java.time.LocalDate.of(2023, 11, 30)));
		// another owner of the same type still sees the file the first one owns
		assertThat(this.evidence.citable(this.agencyA, "TEST_CITING_OWNER", citingId + 1))
			.extracting(CitableEvidenceView::key)
			.contains("F" + ownOfCiting.id());
	}

	private EvidenceFileView store(CurrentUser user, String name, byte[] content) {
		return this.evidence.store(user, this.agencyA, OWNER, this.ownerId,
				new MockMultipartFile("file", name, "application/octet-stream", content));
	}

	private void assertRejected(String name, byte[] content, String key) {
		assertThatThrownBy(() -> store(this.staffA, name, content)).as(name)
			.isInstanceOf(EvidenceRejectedException.class)
			.extracting(ex -> ((EvidenceRejectedException) ex).getMessageKey())
			.isEqualTo(key);
	}

	private int countFiles() {
		return this.jdbc.sql("select count(*) from evidence_file where owner_id = ?")
			.param(this.ownerId)
			.query(Integer.class)
			.single();
	}

	private java.util.List<String> auditActions(long fileId) {
		return this.jdbc.sql("select action from audit_event where entity_type = 'EVIDENCE_FILE' and entity_id = ?")
			.param(Long.toString(fileId))
			.query(String.class)
			.list();
	}

	private static String sha256(byte[] data) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
	}

}
