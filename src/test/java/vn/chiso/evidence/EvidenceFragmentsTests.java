package vn.chiso.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The fragments as an owner page uses them, without JavaScript: upload, list, delete, references. */
@EvidenceTestSupport
class EvidenceFragmentsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EvidenceFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	CurrentUser staff;

	long ownerId;

	@BeforeEach
	void setUp() {
		this.staff = this.fixtures.user(Role.CAN_BO_DON_VI, this.fixtures.agency("Sở Thử nghiệm giao diện"));
		this.ownerId = System.nanoTime();
	}

	@Test
	void uploadsListsAndDeletesThroughTheForms() throws Exception {
		this.mvc.perform(get("/test-evidence/{o}", this.ownerId).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chưa có tệp đính kèm."), containsString("tối đa 20 MB"),
					containsString("enctype=\"multipart/form-data\""), containsString("name=\"_csrf\""))));

		byte[] big = new byte[1536 * 1024];
		System.arraycopy(EvidenceSamples.pdf(), 0, big, 0, 8);
		this.mvc
			.perform(multipart("/test-evidence/{o}/files", this.ownerId)
				.file(new MockMultipartFile("file", "Báo cáo tổng hợp.pdf", "application/pdf", big))
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/test-evidence/" + this.ownerId));

		Long id = this.jdbc.sql("select id from evidence_file where owner_type = 'TEST_PAGE' and owner_id = ?")
			.param(this.ownerId)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/test-evidence/{o}", this.ownerId).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Báo cáo tổng hợp.pdf"), containsString("1,5 MB"),
					containsString(this.staff.fullName()), containsString("bi-file-earmark-pdf"),
					containsString("/evidence/" + id + "?inline=true"),
					containsString("/test-evidence/" + this.ownerId + "/files/" + id + "/delete"))));

		this.mvc
			.perform(post("/test-evidence/{o}/files/{id}/delete", this.ownerId, id).with(user(this.staff)).with(csrf()))
			.andExpect(redirectedUrl("/test-evidence/" + this.ownerId));
		this.mvc.perform(get("/test-evidence/{o}", this.ownerId).with(user(this.staff)))
			.andExpect(content().string(allOf(containsString("Chưa có tệp đính kèm."),
					not(containsString("Báo cáo tổng hợp.pdf")))));
	}

	@Test
	void showsWhyAnUploadWasRefusedOnTheFileField() throws Exception {
		this.mvc
			.perform(multipart("/test-evidence/{o}/files", this.ownerId)
				.file(new MockMultipartFile("file", "hop-dong.pdf", "application/pdf", EvidenceSamples.windowsExecutable()))
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("uploadError", "evidence.file.executable"))
			.andExpect(content().string(allOf(containsString("is-invalid"),
					containsString("Tệp là chương trình chạy được"))));
		Integer stored = this.jdbc.sql("select count(*) from evidence_file where owner_id = ?")
			.param(this.ownerId)
			.query(Integer.class)
			.single();
		assertThat(stored).isZero();
	}

	@Test
	void addsADocumentReferenceOrShowsFieldErrors() throws Exception {
		this.mvc
			.perform(post("/test-evidence/{o}/references", this.ownerId).with(user(this.staff))
				.with(csrf())
				.param("number", "")
				.param("issuedOn", "31/02/2025")
				.param("title", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("referenceForm", "number", "issuedOn", "title"))
			.andExpect(content().string(containsString("Vui lòng nhập số, ký hiệu văn bản.")));

		this.mvc
			.perform(post("/test-evidence/{o}/references", this.ownerId).with(user(this.staff))
				.with(csrf())
				.param("number", "150/KH-UBND")
				.param("issuedOn", "12/03/2025")
				.param("issuingBody", "UBND tỉnh")
				.param("title", "Kế hoạch cải cách hành chính năm 2025")
				.param("pointer", "Mục II.2, trang 3"))
			.andExpect(redirectedUrl("/test-evidence/" + this.ownerId));
		this.mvc.perform(get("/test-evidence/{o}", this.ownerId).with(user(this.staff)))
			.andExpect(content().string(allOf(containsString("150/KH-UBND ngày 12/03/2025"),
					containsString("Kế hoạch cải cách hành chính năm 2025"), containsString("Mục II.2, trang 3"))));
	}

	@Test
	void answersHtmxUploadsWithThePanelAlone() throws Exception {
		this.mvc
			.perform(multipart("/test-evidence/{o}/files", this.ownerId)
				.file(new MockMultipartFile("file", "Ảnh hiện trường.png", "image/png", EvidenceSamples.image("png")))
				.header("HX-Request", "true")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(startsWith("<div class=\"evidence-region evidence-files-panel\""),
					containsString("Ảnh hiện trường.png"), containsString("hx-confirm="), not(containsString("<html")))));
		this.mvc
			.perform(multipart("/test-evidence/{o}/files", this.ownerId)
				.file(new MockMultipartFile("file", "trang.html", "text/html", EvidenceSamples.html()))
				.header("HX-Request", "true")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ảnh hiện trường.png"),
					containsString("Tệp HTML, SVG hoặc XML không được chấp nhận"), not(containsString("<html")))));
	}

	@Test
	void aReadOnlyOwnerShowsFilesWithoutUploadOrDelete() throws Exception {
		this.mvc
			.perform(multipart("/test-evidence/{o}/files", this.ownerId)
				.file(new MockMultipartFile("file", "Báo cáo.pdf", "application/pdf", EvidenceSamples.pdf()))
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/test-evidence/{o}", this.ownerId).param("editable", "false").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Báo cáo.pdf"), not(containsString("type=\"file\"")),
					not(containsString("/delete")), not(containsString("Thêm văn bản")))));
	}

	@Test
	void refusesUploadsWithoutCsrfTokenAndShowsHostileNamesHarmlessly() throws Exception {
		this.mvc
			.perform(multipart("/test-evidence/{o}/files", this.ownerId)
				.file(new MockMultipartFile("file", "a.pdf", "application/pdf", EvidenceSamples.pdf()))
				.with(user(this.staff)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/test-evidence/{o}/files", this.ownerId)
				.file(new MockMultipartFile("file", "\"><img src=x onerror=alert(1)>.pdf", "application/pdf",
						EvidenceSamples.pdf()))
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/test-evidence/{o}", this.ownerId).with(user(this.staff)))
			.andExpect(content().string(allOf(containsString("img src=x onerror=alert(1).pdf"),
					not(containsString("<img src=x")))));
	}

}
