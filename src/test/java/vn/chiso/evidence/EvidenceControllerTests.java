package vn.chiso.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may download a file, decided on the server whatever the URL, and how the file is served. */
@EvidenceTestSupport
class EvidenceControllerTests {

	@Autowired
	EvidenceService evidence;

	@Autowired
	EvidenceFixtures fixtures;

	@Autowired
	MockMvc mvc;

	long agencyA;

	CurrentUser staffA;

	EvidenceFileView pdf;

	@BeforeEach
	void setUp() {
		this.agencyA = this.fixtures.agency("Sở Thử nghiệm tải xuống");
		this.staffA = this.fixtures.user(Role.CAN_BO_DON_VI, this.agencyA);
		this.pdf = this.evidence.store(this.staffA, this.agencyA, "TEST_OWNER", 1L,
				new MockMultipartFile("file", "Báo cáo quý I-2025 – Sở Tư pháp.pdf", "application/pdf",
						EvidenceSamples.pdf()));
	}

	@Test
	void staffOfAnotherAgencyGetForbiddenWhateverTheUrl() throws Exception {
		long agencyB = this.fixtures.agency("Sở Thử nghiệm khác");
		CurrentUser staffB = this.fixtures.user(Role.CAN_BO_DON_VI, agencyB);
		CurrentUser headB = this.fixtures.user(Role.LANH_DAO_DON_VI, agencyB);
		for (String url : new String[] { "/evidence/{id}", "/evidence/{id}/download", "/evidence/{id}?inline" }) {
			this.mvc.perform(get(url, this.pdf.id()).with(user(staffB))).andExpect(status().isForbidden());
			this.mvc.perform(get(url, this.pdf.id()).with(user(headB))).andExpect(status().isForbidden());
		}
	}

	@Test
	void ownAgencySoNoiVuLeadershipAndAdministratorsMayDownload() throws Exception {
		long snvAgency = this.fixtures.agency("Sở Nội vụ thử nghiệm");
		for (CurrentUser reader : new CurrentUser[] { this.staffA, this.fixtures.user(Role.LANH_DAO_DON_VI, this.agencyA),
				this.fixtures.user(Role.SO_NOI_VU, snvAgency), this.fixtures.user(Role.LANH_DAO_TINH, null),
				this.fixtures.user(Role.QUAN_TRI, null) }) {
			this.mvc.perform(get("/evidence/{id}", this.pdf.id()).with(user(reader))).andExpect(status().isOk());
		}
	}

	@Test
	void anonymousUsersAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/evidence/{id}", this.pdf.id()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void unknownFilesAreNotFound() throws Exception {
		this.mvc.perform(get("/evidence/{id}", Long.MAX_VALUE).with(user(this.staffA)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anOwnerRuleNarrowsTheAgencyRule() throws Exception {
		EvidenceFileView draft = this.evidence.store(this.staffA, this.agencyA, DraftOnlyAccessRule.OWNER_TYPE, 2L,
				new MockMultipartFile("file", "nháp.pdf", "application/pdf", EvidenceSamples.pdf()));
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.agency("Sở Nội vụ thử nghiệm 2"));
		this.mvc.perform(get("/evidence/{id}", draft.id()).with(user(snv))).andExpect(status().isForbidden());
		this.mvc.perform(get("/evidence/{id}", draft.id()).with(user(this.staffA))).andExpect(status().isOk());
		// a file of another owner type is governed by the agency rule alone
		this.mvc.perform(get("/evidence/{id}", this.pdf.id()).with(user(snv))).andExpect(status().isOk());
	}

	@Test
	void servesAnAttachmentWithUtf8AndAsciiNamesNeverSniffedNorCached() throws Exception {
		this.mvc.perform(get("/evidence/{id}", this.pdf.id()).with(user(this.staffA)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"Bao cao quy I-2025 _ So Tu phap.pdf\"; filename*=UTF-8''"
							+ "B%C3%A1o%20c%C3%A1o%20qu%C3%BD%20I-2025%20%E2%80%93%20S%E1%BB%9F%20T%C6%B0%20ph%C3%A1p.pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "private, no-store"));
	}

	@Test
	void showsPdfsAndImagesInlineOnlyWhenAsked() throws Exception {
		this.mvc.perform(get("/evidence/{id}?inline", this.pdf.id()).with(user(this.staffA)))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline; ")));
		EvidenceFileView docx = this.evidence.store(this.staffA, this.agencyA, "TEST_OWNER", 1L,
				new MockMultipartFile("file", "Kế hoạch.docx", "application/msword", EvidenceSamples.docx()));
		this.mvc.perform(get("/evidence/{id}?inline=true", docx.id()).with(user(this.staffA)))
			.andExpect(header().string("Content-Type", EvidenceType.DOCX.contentType()))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; ")));
	}

}
