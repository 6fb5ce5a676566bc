package vn.chiso.progress;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;
import vn.chiso.user.UserForm;
import vn.chiso.user.UserService;
import vn.chiso.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A "KT." delegation counts only while the head who made it is still an enabled head of that agency, checked when the
 * deputy approves: an administrator's change of the head's role, agency or enabled flag ends the deputy's right at once.
 */
@ChiSoIntegrationTest
class ActingApproverValidityTests {

	@Autowired
	ProgressFixtures progressFixtures;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoundService rounds;

	@Autowired
	ProgressService progress;

	@Autowired
	ActingApproverService deputies;

	@Autowired
	UserService users;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aDeputyApprovesWhileTheHeadIsAnEnabledHead() {
		Case c = delegated();
		ProgressFixtures.signIn(c.deputy);
		this.progress.approve(c.deputy, c.entry, this.progressFixtures.version(c.entry));
		assertThat(this.progress.get(c.deputy, c.entry).approvedOnBehalf()).isTrue();
	}

	@Test
	void theDeputysApprovalIsRefusedOnceTheHeadsRoleChanges() {
		assertRefusedAfter(form -> form.setRole(Role.CAN_BO_DON_VI));
	}

	@Test
	void theDeputysApprovalIsRefusedOnceTheHeadIsDisabled() {
		assertRefusedAfter(form -> form.setEnabled(false));
	}

	@Test
	void theDeputysApprovalIsRefusedOnceTheHeadMovesToAnotherAgency() {
		AgencyView elsewhere = this.progressFixtures.agency("Sở nơi khác", true);
		assertRefusedAfter(form -> form.setAgencyId(elsewhere.id()));
	}

	private void assertRefusedAfter(Consumer<UserForm> adminChange) {
		Case c = delegated();
		ProgressFixtures.signIn(this.fixtures.user(Role.QUAN_TRI, null));
		UserView head = this.users.get(c.head.id());
		UserForm form = new UserForm();
		form.setUsername(head.username());
		form.setFullName(head.fullName());
		form.setRole(head.role());
		form.setAgencyId(head.agencyId());
		form.setEnabled(head.enabled());
		form.setVersion(head.version());
		adminChange.accept(form);
		this.users.update(head.id(), form);

		ProgressFixtures.signIn(c.deputy);
		assertThatThrownBy(() -> this.progress.approve(c.deputy, c.entry, this.progressFixtures.version(c.entry)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.deputies.headRepresented(c.deputy, c.agency.id(), LocalDate.now())).isEmpty();
	}

	record Case(AgencyView agency, CurrentUser head, CurrentUser deputy, long entry) {
	}

	/** A submitted entry of an agency whose head named a deputy for today. */
	private Case delegated() {
		int year = ProgressFixtures.uniqueYear();
		AgencyView agency = this.progressFixtures.agency("Sở ủy quyền thử", true);
		long task = this.progressFixtures.task(this.progressFixtures.section(year, "PAR_INDEX"), "Nhiệm vụ ủy quyền");
		this.progressFixtures.assign(task, "LEAD", agency);
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.progressFixtures.agency("Sở Nội vụ thử", false));
		ProgressFixtures.signIn(snv);
		long round = this.rounds.open(snv, ProgressFixtures.quarter3(year)).id();
		long entry = this.progressFixtures.entryId(round, task, agency.id());
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, agency);
		CurrentUser head = this.fixtures.user(Role.LANH_DAO_DON_VI, agency);
		CurrentUser deputy = this.fixtures.user(Role.CAN_BO_DON_VI, agency);
		ProgressFixtures.signIn(staff);
		EntryForm form = new EntryForm();
		form.setImplementation(Implementation.DANG_THUC_HIEN);
		form.setPercentDone(java.math.BigDecimal.valueOf(40));
		form.setResults("Đã rà soát 12 văn bản");
		form.setVersion(this.progressFixtures.version(entry));
		this.progress.save(staff, entry, form);
		this.progress.submit(staff, entry, this.progressFixtures.version(entry));
		ProgressFixtures.signIn(head);
		this.deputies.name(head, deputy.id(), LocalDate.now().minusDays(1), LocalDate.now().plusDays(3));
		return new Case(agency, head, deputy, entry);
	}

}
