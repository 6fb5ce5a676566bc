package vn.chiso.evidence;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The version of each agency's evidence ({@code evidence_agency_version}, V253), which keeps the evidence counts of the
 * period screen: every insert, update or delete of one of the agency's files or document references moves it, by any
 * instance or tool, once per transaction; other agencies keep theirs.
 */
@EvidenceTestSupport
class EvidenceAgencyVersionTests {

	@Autowired
	EvidenceFixtures fixtures;

	@Autowired
	EvidenceService evidence;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyChangeToAnAgencysEvidenceMovesItsVersionOnceAndOnlyItsOwn() {
		long agency = this.fixtures.agency("Sở Xây dựng (thử số tài liệu)");
		long other = this.fixtures.agency("Sở Y tế (thử số tài liệu)");
		assertThat(this.evidence.agencyVersion(agency)).as("no evidence yet").isZero();

		long file = insertFile(agency, 501);
		assertThat(this.evidence.agencyVersion(agency)).as("a file stored").isEqualTo(1);
		assertThat(this.evidence.agencyVersion(other)).as("another agency").isZero();

		this.jdbc.sql("update evidence_file set deleted = true, deleted_at = now() where id = ?").param(file).update();
		assertThat(this.evidence.agencyVersion(agency)).as("a file marked deleted").isEqualTo(2);

		this.transactions.executeWithoutResult(s -> {
			insertFile(agency, 502);
			insertReference(agency, 502);
			insertReference(agency, 503);
		});
		assertThat(this.evidence.agencyVersion(agency)).as("once per transaction").isEqualTo(3);

		long reference = insertReference(other, 504);
		assertThat(this.evidence.agencyVersion(other)).as("a document reference").isEqualTo(1);
		this.jdbc.sql("update document_reference set agency_id = ? where id = ?").params(agency, reference).update();
		assertThat(this.evidence.agencyVersion(agency)).as("moved in").isEqualTo(4);
		assertThat(this.evidence.agencyVersion(other)).as("and out").isEqualTo(2);

		this.jdbc.sql("delete from document_reference where id = ?").param(reference).update();
		assertThat(this.evidence.agencyVersion(agency)).as("a reference deleted").isEqualTo(5);
	}

	private long insertFile(long agency, long owner) {
		return this.jdbc.sql("""
				insert into evidence_file (agency_id, owner_type, owner_id, file_name, content_type, size_bytes, sha256,
				  content)
				values (?, 'TEST_OWNER', ?, 'quyet-dinh.pdf', 'application/pdf', 4, repeat('b', 64), '\\\\x25504446'::bytea)
				returning id""").params(agency, owner).query(Long.class).single();
	}

	private long insertReference(long agency, long owner) {
		return this.jdbc.sql("""
				insert into document_reference (agency_id, owner_type, owner_id, doc_number, issued_on, title)
				values (?, 'TEST_OWNER', ?, '12/QĐ-UBND', date '2026-03-02', 'Quyết định ban hành kế hoạch')
				returning id""").params(agency, owner).query(Long.class).single();
	}

}
