package vn.chiso.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An imported draft can be deleted (marked deleted, its number free again); a plan in force is archived instead. */
@ChiSoIntegrationTest
class PlanDeletionTests {

	private final CurrentUser snv = new CurrentUser(910_011L, "deletion.snv", null, "Sở Nội vụ thử", Role.SO_NOI_VU, null,
			null, true, false);

	@Autowired
	PlanImportService importer;

	@Autowired
	PlanService plans;

	@Autowired
	TaskQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDraftIsDeletedSoftlyAndItsNumberCanBeImportedAgain() throws IOException {
		String code = "1331/KH-UBND-DEL-" + System.nanoTime() % 100000;
		long id = this.importer.write(read(code), PlanStatus.DRAFT);
		this.plans.deletePlan(this.snv, id, this.queries.plan(id).version());
		assertThat(this.jdbc.sql("select deleted from plan where id = :id").param("id", id).query(Boolean.class).single())
			.isTrue();
		assertThat(this.jdbc.sql("select count(*) from task where plan_id = :id and not deleted").param("id", id)
			.query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'PLAN_DELETED' and entity_id = :id")
			.param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
		// the same document can be imported again
		assertThat(read(code).problems()).filteredOn(ImportProblem::isError).isEmpty();
	}

	@Test
	void aPlanInForceIsNotDeletedButCanBeArchived() throws IOException {
		long id = this.importer.write(read("1331/KH-UBND-ACT-" + System.nanoTime() % 100000), PlanStatus.ACTIVE);
		assertThatThrownBy(() -> this.plans.deletePlan(this.snv, id, this.queries.plan(id).version()))
			.isInstanceOf(BusinessRuleException.class)
			.extracting("messageKey")
			.isEqualTo("plan.delete.notDraft");
		this.plans.changeStatus(this.snv, id, PlanStatus.ARCHIVED, this.queries.plan(id).version());
		assertThat(this.queries.plan(id).status()).isEqualTo(PlanStatus.ARCHIVED);
	}

	private ParsedPlan read(String code) throws IOException {
		byte[] xlsx = PlanWorkbookWriter.write(CorpusWorkbooks.workbook("plan-laichau-1331.tsv", code));
		return this.importer.read(new ByteArrayInputStream(xlsx), xlsx.length);
	}

}
