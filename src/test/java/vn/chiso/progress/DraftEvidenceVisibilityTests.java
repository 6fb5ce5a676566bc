package vn.chiso.progress;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.evidence.DocumentReferenceForm;
import vn.chiso.evidence.DocumentReferenceView;
import vn.chiso.evidence.EvidenceService;
import vn.chiso.scoring.ScoringService;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A draft progress entry stays with its agency everywhere: its document references cannot be cited into a score by
 * anyone who may not read the draft (the same rule as reading it), and the audit trail shows Sở Nội vụ and
 * administrators that the draft's events happened but not their content, until the entry is sent.
 */
@ChiSoIntegrationTest
class DraftEvidenceVisibilityTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProgressFixtures progressFixtures;

	@Autowired
	EntryEvidence entryEvidence;

	@Autowired
	EvidenceService evidence;

	@Autowired
	ProgressService progress;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aDraftsDocumentReferenceIsCitedOnlyByThoseWhoMayReadTheDraft() {
		ProgressScenario.Entries entries = ProgressScenario.readyToSubmit(this.context, 1);
		long entry = entries.ids().get(0);
		CurrentUser staff = entries.staff();
		ProgressFixtures.signIn(staff);
		DocumentReferenceView reference = this.entryEvidence.addReference(staff, entry, reference("Dự thảo báo cáo"));
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.progressFixtures.agency("Sở Nội vụ trích dẫn", false));
		ProgressFixtures.signIn(snv);
		assertThatThrownBy(() -> this.evidence.citeReference(snv, reference.id(), ScoringService.OWNER_TYPE, 1L, null))
			.as("a draft's reference, cited by Sở Nội vụ by its id")
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.evidence.canRead(snv, reference)).isFalse();

		// its own agency may cite it; once the entry is sent, Sở Nội vụ may too
		ProgressFixtures.signIn(staff);
		assertThat(this.evidence.citeReference(staff, reference.id(), ScoringService.OWNER_TYPE, 1L, null)).isPositive();
		this.progress.submit(staff, entry, this.progressFixtures.version(entry));
		ProgressFixtures.signIn(snv);
		assertThat(this.evidence.citeReference(snv, reference.id(), ScoringService.OWNER_TYPE, 2L, null)).isPositive();
	}

	@Test
	void theAuditTrailHidesADraftsContentFromThoseWhoMayNotReadIt() throws Exception {
		ProgressScenario.Entries entries = ProgressScenario.readyToSubmit(this.context, 1);
		long entry = entries.ids().get(0);
		CurrentUser staff = entries.staff();
		ProgressFixtures.signIn(staff);
		String title = Fixtures.unique("Tờ trình mật ");
		DocumentReferenceView reference = this.entryEvidence.addReference(staff, entry, reference(title));
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.progressFixtures.agency("Sở Nội vụ nhật ký", false));
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		String url = "/audit?actor=" + staff.getUsername();

		for (CurrentUser reader : new CurrentUser[] { snv, admin }) {
			String page = this.mvc.perform(get(url).with(user(reader)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).as(reader.role() + ": the events stay").contains("DOCUMENT_REFERENCE_ADDED", "PROGRESS_");
			assertThat(page).as(reader.role() + ": their content is hidden")
				.doesNotContain(title, reference.number(), "Đã triển khai một phần")
				.contains("Nội dung ẩn");
			// a text search cannot find the hidden text either
			assertThat(this.mvc.perform(get(url).param("q", reference.number()).with(user(reader)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("DOCUMENT_REFERENCE_ADDED");
		}

		this.progress.submit(staff, entry, this.progressFixtures.version(entry));
		String sent = this.mvc.perform(get(url).with(user(snv)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(sent).as("once sent, the content shows").contains(title, "Đã triển khai một phần");
	}

	private static DocumentReferenceForm reference(String title) {
		DocumentReferenceForm form = new DocumentReferenceForm();
		form.setNumber(Fixtures.unique("15/TTr-"));
		form.setIssuedOn(LocalDate.of(2024, 7, 1));
		form.setIssuingBody("Sở thử nhiều máy chủ");
		form.setTitle(title);
		return form;
	}

}
