package vn.chiso.backup;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.backup.PostgresClientTools.Server;
import vn.chiso.evidence.EvidenceFileView;
import vn.chiso.plan.PlanForm;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.TaskForm;
import vn.chiso.progress.EntryEvidence;
import vn.chiso.progress.EntryForm;
import vn.chiso.progress.EntryState;
import vn.chiso.progress.Implementation;
import vn.chiso.progress.ProgressService;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.scoring.ScoringService;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8: a custom-format {@code pg_dump} of the test database, restored with {@code pg_restore --no-owner
 * --exit-on-error} into an empty database on the same server, holds every row of every table, the plan, tasks,
 * progress entries, self-scores and evidence files made here through the services (the files byte for byte), working
 * sequences, and a Flyway history the app validates. The commands are the ones docs/DEPLOYMENT.md gives.
 * <p>
 * Needs pg_dump and pg_restore of at least the server's major version (17), which a machine with only a JDK lacks:
 * it runs only with {@code -Pbackup-test -Dchiso.pgBin=DIR} (see .ci/run), and fails rather than skips without them.
 */
@ChiSoIntegrationTest
class BackupRestoreIT {

	private static final Logger log = LoggerFactory.getLogger(BackupRestoreIT.class);

	/** Evidence downloads read 1 MB substrings; the restored content is read the same way. */
	private static final int CHUNK = 1024 * 1024;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PlanService plans;

	@Autowired
	vn.chiso.progress.RoundService progressRounds;

	@Autowired
	ProgressService progress;

	@Autowired
	EntryEvidence entryEvidence;

	@Autowired
	vn.chiso.scoring.ScoringRoundService scoringRounds;

	@Autowired
	ScoringService scoring;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcConnectionDetails connectionDetails;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aCustomFormatDumpRestoresIntoAnEmptyDatabaseWithEveryRowAndEveryEvidenceByte() throws Exception {
		Server server = Server.of(this.connectionDetails);
		int serverMajor = this.jdbc.sql("show server_version_num").query(Integer.class).single() / 10000;
		PostgresClientTools tools = PostgresClientTools.forServer(server, serverMajor);
		Created created = createThroughTheServices();

		Path dir = Files.createDirectories(Path.of("target", "backup-test"));
		Path dump = dir.resolve("chiso-" + System.currentTimeMillis() + ".dump");
		Map<String, Long> sourceCounts;
		long dumpMillis;
		try (Connection snapshotHolder = this.dataSource.getConnection()) {
			// The counts and the dump see the same snapshot, whatever the app's background jobs write meanwhile.
			snapshotHolder.setAutoCommit(false);
			snapshotHolder.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			JdbcClient source = JdbcClient.create(new SingleConnectionDataSource(snapshotHolder, true));
			String snapshot = source.sql("select pg_export_snapshot()").query(String.class).single();
			sourceCounts = rowCounts(source);
			long start = System.nanoTime();
			tools.dump(snapshot, dump);
			dumpMillis = (System.nanoTime() - start) / 1_000_000;
			snapshotHolder.rollback();
		}
		assertThat(sourceCounts).containsKeys("plan", "task", "progress_entry", "criterion_score", "evidence_file",
				"flyway_schema_history");
		assertThat(tools.list(dump)).as("pg_restore --list reads the archive")
			.contains("TABLE DATA public evidence_file")
			.contains("TABLE DATA public flyway_schema_history");

		String database = "chiso_restore_" + Long.toString(System.nanoTime(), 36);
		createEmptyDatabase(database);
		SingleConnectionDataSource restoredSource = new SingleConnectionDataSource(server.jdbcUrl(database),
				server.user(), server.password(), true);
		try {
			JdbcClient restored = JdbcClient.create(restoredSource);
			assertThat(rowCounts(restored)).as("the new database is empty").isEmpty();
			long start = System.nanoTime();
			tools.restore(dump, database);
			long restoreMillis = (System.nanoTime() - start) / 1_000_000;
			log.info("Backup test with {} / {}: database {} MB, {} rows; pg_dump {} ms, archive {} MB; pg_restore {} ms",
					tools.version("pg_dump"), this.jdbc.sql("select version()").query(String.class).single(),
					megabytes(this.jdbc.sql("select pg_database_size(current_database())").query(Long.class).single()),
					sourceCounts.values().stream().mapToLong(Long::longValue).sum(), dumpMillis,
					megabytes(Files.size(dump)), restoreMillis);

			assertThat(rowCounts(restored)).as("every table has the rows it had in the dump's snapshot")
				.isEqualTo(sourceCounts);
			assertCreatedDataIsBack(restored, created);
			assertEvidenceIsIntact(restored, created);
			assertSequencesContinue(restored);
			assertThat(restored.sql("select f_unaccent('Đắk Lắk Tuyên Quang')").query(String.class).single())
				.as("the unaccent extension and the search function are restored")
				.isEqualTo(this.jdbc.sql("select f_unaccent('Đắk Lắk Tuyên Quang')").query(String.class).single());
			assertThat(Flyway.configure()
				.dataSource(server.jdbcUrl(database), server.user(), server.password())
				.locations("classpath:db/migration")
				.load()
				.validateWithResult()
				.validationSuccessful).as("Flyway accepts the restored schema history, so the app starts on it")
				.isTrue();
		}
		finally {
			restoredSource.destroy();
			this.jdbc.sql("drop database if exists " + database + " with (force)").update();
		}
		assertThat(this.jdbc.sql("select count(*) from pg_database where datname = :d").param("d", database)
			.query(Long.class).single()).isZero();
	}

	/** What the test made through the services, to look for in the restored database. */
	record Created(long planId, String planCode, Map<Long, String> tasks, Map<Long, String> entryResults,
			long submittedEntry, String submittedState, long scoringRound, Map<Long, BigDecimal> selfScores,
			Map<Long, byte[]> files) {
	}

	private Created createThroughTheServices() {
		int year = Fixtures.freshYears(1);
		AgencyView agency = this.fixtures.department(Fixtures.unique("Sở Sao lưu thử "));
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department(Fixtures.unique("Sở Nội vụ ")));
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, agency);
		CurrentUser head = this.fixtures.user(Role.LANH_DAO_DON_VI, agency);
		Map<String, Long> criteria = criteriaSet(year, agency);

		signIn(snv);
		PlanForm planForm = new PlanForm();
		planForm.setCode(Fixtures.unique("SL") + "/KH-UBND");
		planForm.setTitle("Kế hoạch cải cách hành chính năm " + year + " (sao lưu thử)");
		planForm.setFirstYear(year);
		planForm.setLastYear(year);
		long planId = this.plans.createPlan(snv, planForm);
		long sectionId = this.jdbc.sql("select id from plan_section where plan_id = :p").param("p", planId)
			.query(Long.class).single();
		Map<Long, String> tasks = new LinkedHashMap<>();
		for (String[] t : new String[][] { { "1", "Rà soát, đơn giản hóa thủ tục hành chính", "PAR_INDEX:1.1" },
				{ "2", "Công khai kết quả giải quyết hồ sơ trên Cổng dịch vụ công", "PAR_INDEX" } }) {
			TaskForm form = new TaskForm();
			form.setSectionId(sectionId);
			form.setNumber(t[0]);
			form.setContent(t[1]);
			form.setLeadText(agency.name());
			form.setTimingText("Thường xuyên");
			form.setCriteriaCodes(t[2]);
			tasks.put(this.plans.createTask(snv, planId, form), t[1]);
		}
		this.plans.changeStatus(snv, planId, PlanStatus.ACTIVE, version("plan", planId));

		long progressRound = this.progressRounds.open(snv, ReportingPeriod.quarter(year, 3)).id();
		List<Long> entries = this.jdbc.sql("""
				select id from progress_entry where round_id = :r and agency_id = :a order by task_id""")
			.param("r", progressRound).param("a", agency.id()).query(Long.class).list();
		assertThat(entries).hasSize(2);
		signIn(staff);
		Map<Long, String> results = new LinkedHashMap<>();
		Map<Long, byte[]> files = new LinkedHashMap<>();
		for (long entry : entries) {
			String text = "Đã ban hành " + entry + " văn bản; công khai đầy đủ";
			EntryForm form = new EntryForm();
			form.setImplementation(Implementation.DANG_THUC_HIEN);
			form.setPercentDone(java.math.BigDecimal.valueOf(70));
			form.setResults(text);
			form.setVersion(version("progress_entry", entry));
			this.progress.save(staff, entry, form);
			results.put(entry, text);
		}
		// One file larger than a download chunk and incompressible, so it lives in several TOAST chunks.
		byte[] large = pdf(2 * CHUNK + 123_457, 1);
		files.put(this.entryEvidence.upload(staff, entries.get(0), upload("bao-cao-quy-3.pdf", large)).id(), large);
		byte[] small = pdf(5_000, 2);
		files.put(this.entryEvidence.upload(staff, entries.get(1), upload("danh-sach-thu-tuc.pdf", small)).id(), small);
		long submitted = entries.get(0);
		if (this.progress.submit(staff, submitted, version("progress_entry", submitted)) == EntryState.AWAITING_APPROVAL) {
			signIn(head);
			this.progress.approve(head, submitted, version("progress_entry", submitted));
		}
		String submittedState = state(submitted);
		assertThat(submittedState).isEqualTo(EntryState.SUBMITTED.name());

		signIn(snv);
		long round = this.scoringRounds.open(snv, year, 3).id();
		signIn(staff);
		Map<Long, BigDecimal> scores = new LinkedHashMap<>();
		this.scoring.saveSelfScore(staff, round, criteria.get("1.1"), "3,5", "Đã ban hành kế hoạch rà soát",
				scoreVersion(round, criteria.get("1.1")));
		scores.put(criteria.get("1.1"), new BigDecimal("3.500"));
		byte[] scoreFile = pdf(CHUNK + 1, 3);
		this.scoring.uploadEvidence(staff, round, criteria.get("1.2"), upload("kiem-chung-1-2.pdf", scoreFile));
		this.scoring.saveSelfScore(staff, round, criteria.get("1.2"), "5", null, scoreVersion(round, criteria.get("1.2")));
		scores.put(criteria.get("1.2"), new BigDecimal("5.000"));
		long scoreFileId = this.jdbc.sql("""
				select f.id from evidence_file f join criterion_score s on s.id = f.owner_id
				where f.owner_type = :type and s.round_id = :r and s.criterion_id = :c""")
			.param("type", ScoringService.OWNER_TYPE).param("r", round).param("c", criteria.get("1.2"))
			.query(Long.class).single();
		files.put(scoreFileId, scoreFile);
		return new Created(planId, planForm.getCode(), tasks, results, submitted, submittedState, round, scores, files);
	}

	private void assertCreatedDataIsBack(JdbcClient restored, Created c) {
		assertThat(restored.sql("select code || ' ' || status from plan where id = :id").param("id", c.planId())
			.query(String.class).single()).isEqualTo(c.planCode() + " ACTIVE");
		Map<Long, String> tasks = new TreeMap<>();
		restored.sql("select id, content from task where plan_id = :p").param("p", c.planId())
			.query((rs, n) -> tasks.put(rs.getLong(1), rs.getString(2))).list();
		assertThat(tasks).isEqualTo(new TreeMap<>(c.tasks()));
		assertThat(restored.sql("select count(*) from task_assignment where task_id in (:ids)")
			.param("ids", c.tasks().keySet()).query(Long.class).single()).isEqualTo(2);
		Map<Long, String> results = new TreeMap<>();
		restored.sql("select id, results from progress_entry where id in (:ids)").param("ids", c.entryResults().keySet())
			.query((rs, n) -> results.put(rs.getLong(1), rs.getString(2))).list();
		assertThat(results).isEqualTo(new TreeMap<>(c.entryResults()));
		assertThat(restored.sql("select state from progress_entry where id = :id").param("id", c.submittedEntry())
			.query(String.class).single()).isEqualTo(c.submittedState());
		Map<Long, BigDecimal> scores = new TreeMap<>();
		restored.sql("select criterion_id, self_score from criterion_score where round_id = :r and self_score is not null")
			.param("r", c.scoringRound()).query((rs, n) -> scores.put(rs.getLong(1), rs.getBigDecimal(2))).list();
		assertThat(scores).isEqualTo(new TreeMap<>(c.selfScores()));
	}

	private void assertEvidenceIsIntact(JdbcClient restored, Created c) throws Exception {
		for (Map.Entry<Long, byte[]> file : c.files().entrySet()) {
			long size = restored.sql("select size_bytes from evidence_file where id = :id").param("id", file.getKey())
				.query(Long.class).single();
			assertThat(size).isEqualTo(file.getValue().length);
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (int from = 1; from <= size; from += CHUNK) {
				sha.update(restored.sql("select substring(content from :from for :len) from evidence_file where id = :id")
					.param("from", from).param("len", CHUNK).param("id", file.getKey()).query(byte[].class).single());
			}
			assertThat(HexFormat.of().formatHex(sha.digest())).as("evidence file %d read back in chunks", file.getKey())
				.isEqualTo(sha256(file.getValue()));
		}
		assertThat(restored.sql("select count(*) from evidence_file where encode(sha256(content), 'hex') <> sha256")
			.query(Long.class).single()).as("every restored file matches its recorded SHA-256").isZero();
		assertThat(restored.sql("""
				select attstorage from pg_attribute where attrelid = 'evidence_file'::regclass and attname = 'content'""")
			.query(String.class).single()).as("EXTERNAL storage, so downloads still read chunks").isEqualTo("e");
	}

	/** New rows after a restore must not collide: every sequence is at least at its column's highest value. */
	private void assertSequencesContinue(JdbcClient restored) {
		record Serial(String table, String column, String sequence) {
		}
		List<Serial> serials = restored.sql("""
				select table_name, column_name,
				       pg_get_serial_sequence(format('%I.%I', table_schema, table_name), column_name)
				from information_schema.columns
				where table_schema = 'public'
				  and pg_get_serial_sequence(format('%I.%I', table_schema, table_name), column_name) is not null""")
			.query((rs, n) -> new Serial(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		assertThat(serials).extracting(Serial::table).contains("plan", "task", "evidence_file");
		for (Serial s : serials) {
			long max = restored.sql("select coalesce(max(" + quote(s.column()) + "), 0) from " + quote(s.table()))
				.query(Long.class).single();
			long last = restored.sql("select last_value from " + s.sequence()).query(Long.class).single();
			assertThat(last).as("sequence %s", s.sequence()).isGreaterThanOrEqualTo(max);
		}
	}

	private static Map<String, Long> rowCounts(JdbcClient db) {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : db.sql("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE'""").query(String.class).list()) {
			counts.put(table, db.sql("select count(*) from " + quote(table)).query(Long.class).single());
		}
		return counts;
	}

	/** An empty database like the test one (encoding and locale), from template0 as pg_restore wants. */
	private void createEmptyDatabase(String name) {
		Map<String, Object> like = this.jdbc.sql("""
				select pg_encoding_to_char(encoding) as encoding, datcollate, datctype from pg_database
				where datname = current_database()""").query().singleRow();
		this.jdbc.sql("create database " + name + " template template0 encoding '" + like.get("encoding")
				+ "' lc_collate '" + like.get("datcollate") + "' lc_ctype '" + like.get("datctype") + "'").update();
	}

	/**
	 * Area 1 (the agency's) with criteria 1.1 (max 4, step 0,5) and 1.2 (max 6): the catalog has no service that
	 * creates a set outside an import, so this is SQL, as in the scoring tests' fixture.
	 */
	private Map<String, Long> criteriaSet(int year, AgencyView agency) {
		long set = this.jdbc.sql("""
				insert into criteria_set (index_id, year, subject, revision, name, illustrative)
				select id, :year, 'PROVINCE', 1, 'Bộ tiêu chí sao lưu ' || :year, true from index_def where code = 'PAR_INDEX'
				returning id""").param("year", year).query(Long.class).single();
		Map<String, Long> ids = new LinkedHashMap<>();
		ids.put("1", criterion(set, null, "1", "Công tác chỉ đạo, điều hành", 1, "10", null, agency.id()));
		ids.put("1.1", criterion(set, ids.get("1"), "1.1", "Kế hoạch cải cách hành chính", 2, "4", "0.5", null));
		ids.put("1.2", criterion(set, ids.get("1"), "1.2", "Báo cáo cải cách hành chính", 2, "6", null, null));
		return ids;
	}

	private long criterion(long set, Long parent, String code, String name, int level, String max, String step,
			Long agency) {
		return this.jdbc.sql("""
				insert into criterion (set_id, parent_id, code, name, level, display_order, max_points, score_step,
				                       assessment_method, responsible_agency_id)
				values (:set, :parent, :code, :name, :level, 0, :max, :step, 'SELF_APPRAISED', :agency) returning id""")
			.param("set", set).param("parent", parent).param("code", code).param("name", name).param("level", level)
			.param("max", new BigDecimal(max)).param("step", step == null ? null : new BigDecimal(step))
			.param("agency", agency)
			.query(Long.class)
			.single();
	}

	private long version(String table, long id) {
		return this.jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Long.class)
			.single();
	}

	private long scoreVersion(long round, long criterion) {
		return this.jdbc.sql("select version from criterion_score where round_id = :r and criterion_id = :c")
			.param("r", round).param("c", criterion).query(Long.class).single();
	}

	private String state(long entry) {
		return this.jdbc.sql("select state from progress_entry where id = :id").param("id", entry).query(String.class)
			.single();
	}

	/** A file the evidence type detector takes for a PDF, the rest random (incompressible) bytes. */
	private static byte[] pdf(int size, long seed) {
		byte[] data = new byte[size];
		new Random(seed).nextBytes(data);
		byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, data, 0, header.length);
		return data;
	}

	private static MockMultipartFile upload(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/pdf", content);
	}

	private static String sha256(byte[] data) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
	}

	private static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
	}

	private static void signIn(CurrentUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}
