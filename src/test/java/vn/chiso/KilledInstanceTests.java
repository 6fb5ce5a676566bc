package vn.chiso;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.agency.AgencyService;
import vn.chiso.plan.GeneratedPlans;
import vn.chiso.progress.ProgressScenario;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, faults: the app killed with SIGKILL in the middle of a plan import and of a batch of progress submissions.
 * A child JVM ({@link KilledInstanceMain}) runs both at once against the test database and is killed at set points
 * (just before the import commits, just after it commits) and at a seeded random moment during the import's write. Afterwards the plan is either
 * all there (every section, task, assignment and criterion link, and its audit row) or not there at all, and each
 * submission is either fully recorded (state, times, audit row) or not at all; whatever the child saw committed is
 * there.
 */
@ChiSoIntegrationTest
class KilledInstanceTests {

	private static final int TASKS = 1000;

	private static final int ENTRIES = 12;

	private static final Pattern PARSED = Pattern
		.compile("PARSED sections=(\\d+) tasks=(\\d+) items=(\\d+) criteria=(\\d+) errors=0");

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AgencyService agencies;

	@Test
	void aKilledInstanceLeavesEachImportAndSubmissionWhollyDoneOrNotDoneAtAll() throws Exception {
		GeneratedPlans.ensureAgencies(this.agencies);
		CurrentUser importer = this.fixtures.user(Role.QUAN_TRI, null);
		Random random = new Random(20261125L);
		// a submission every 250 ms spans the import: each kill also cuts the batch of submissions somewhere
		List<Run> runs = List.of(new Run("import-before-commit", null, 0, Expect.ABSENT),
				new Run("import-after-commit", null, 0, Expect.PRESENT),
				new Run("none", "PARSED", 200 + random.nextInt(1800), Expect.EITHER));
		// all children start up together (the slow part), then work and get killed one at a time
		for (Run run : runs) {
			run.start(importer);
		}
		List<String> outcomes = new ArrayList<>();
		try {
			for (Run run : runs) {
				outcomes.add(run.killAndCheck());
			}
		}
		finally {
			for (Run run : runs) {
				run.child.kill();
			}
		}
		System.out.println("KilledInstanceTests: " + String.join("; ", outcomes));
	}

	private enum Expect {

		ABSENT, PRESENT, EITHER

	}

	/**
	 * One child: killed at its hold point, or {@code killAfterMillis} after it printed the line starting with
	 * {@code after}; then the checks.
	 */
	private final class Run {

		final String hold;

		final String after;

		final int killAfterMillis;

		final Expect expect;

		String code;

		ProgressScenario.Entries entries;

		Child child;

		Run(String hold, String after, int killAfterMillis, Expect expect) {
			this.hold = hold;
			this.after = after;
			this.killAfterMillis = killAfterMillis;
			this.expect = expect;
		}

		void start(CurrentUser importer) throws Exception {
			this.code = Fixtures.unique("KILL") + "/KH-UBND";
			int firstYear = Fixtures.freshYears(2);
			this.entries = ProgressScenario.readyToSubmit(KilledInstanceTests.this.context, ENTRIES);
			JdbcConnectionDetails db = KilledInstanceTests.this.database;
			this.child = new Child(List.of(db.getJdbcUrl(), db.getUsername(), db.getPassword(), this.code,
					Integer.toString(TASKS), Integer.toString(firstYear), Long.toString(importer.id()),
					importer.role().name(),
					this.entries.ids().stream().map(String::valueOf).collect(Collectors.joining(",")),
					Long.toString(this.entries.staff().id()), Long.toString(this.entries.staff().agencyId()),
					this.hold));
		}

		String killAndCheck() throws Exception {
			try {
				this.child.await("READY", 180);
				this.child.go();
				switch (this.hold) {
					case "import-before-commit" -> this.child.await("IMPORT BEFORE_COMMIT", 60);
					case "import-after-commit" -> this.child.await("IMPORT COMMITTED", 60);
					default -> {
						this.child.awaitStart(this.after, 60);
						Thread.sleep(this.killAfterMillis);
					}
				}
			}
			finally {
				this.child.kill();
			}
			String plan = checkPlan(this.code, this.child, this.expect);
			String submissions = checkSubmissions(this.entries, this.child);
			return this.hold + (this.after != null ? " " + this.killAfterMillis + " ms after " + this.after : "")
					+ ": plan " + plan + ", " + submissions;
		}

	}

	private String checkPlan(String code, Child child, Expect expect) {
		List<Long> plans = this.jdbc.sql("select id from plan where code = :code").param("code", code)
			.query(Long.class).list();
		assertThat(plans).hasSizeLessThanOrEqualTo(1);
		assertThat(orphans()).as("no section, task, assignment or criterion link without its parent").isZero();
		if (expect == Expect.ABSENT) {
			assertThat(plans).as("killed before the commit").isEmpty();
		}
		if (expect == Expect.PRESENT) {
			assertThat(plans).as("killed after the commit").hasSize(1);
		}
		if (plans.isEmpty()) {
			assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'PLAN_IMPORTED' and summary like :s")
				.param("s", "%" + code + "%").query(Integer.class).single()).isZero();
			return "absent";
		}
		long id = plans.get(0);
		Matcher parsed = child.find(PARSED).orElseThrow(() -> new AssertionError("a plan without a parse"));
		assertThat(count("select count(*) from plan_section where plan_id = :id", id))
			.isEqualTo(Long.parseLong(parsed.group(1)));
		assertThat(count("select count(*) from task where plan_id = :id", id)).isEqualTo(TASKS)
			.isEqualTo(Long.parseLong(parsed.group(2)));
		assertThat(count("select count(*) from task_assignment a join task t on t.id = a.task_id where t.plan_id = :id",
				id)).isEqualTo(Long.parseLong(parsed.group(3))).isPositive();
		assertThat(count("select count(*) from task_criterion c join task t on t.id = c.task_id where t.plan_id = :id",
				id)).isEqualTo(Long.parseLong(parsed.group(4)));
		assertThat(count("select count(*) from audit_event where action = 'PLAN_IMPORTED' and entity_id = cast(:id as text)",
				id)).isEqualTo(1);
		return "complete";
	}

	private long orphans() {
		return this.jdbc.sql("""
				select (select count(*) from plan_section s where not exists (select 1 from plan p where p.id = s.plan_id))
				     + (select count(*) from task t where not exists (select 1 from plan p where p.id = t.plan_id))
				     + (select count(*) from task_assignment a where not exists (select 1 from task t where t.id = a.task_id))
				     + (select count(*) from task_criterion c where not exists (select 1 from task t where t.id = c.task_id))
				""").query(Long.class).single();
	}

	private String checkSubmissions(ProgressScenario.Entries entries, Child child) {
		int submitted = 0;
		for (long id : entries.ids()) {
			Map<String, Object> row = this.jdbc.sql("""
					select e.state, e.submitted_at is not null as has_submitted_at,
					  e.first_submitted_at is not null as has_first_submitted_at,
					  (select count(*) from audit_event a where a.action = 'PROGRESS_SUBMITTED'
					     and a.entity_type = 'PROGRESS_ENTRY' and a.entity_id = cast(e.id as text)) as audits
					from progress_entry e where e.id = :id""").param("id", id).query().singleRow();
			boolean recorded = "SUBMITTED".equals(row.get("state"));
			if (recorded) {
				submitted++;
				assertThat(row).as("entry %d fully submitted", id)
					.containsEntry("has_submitted_at", true)
					.containsEntry("has_first_submitted_at", true)
					.containsEntry("audits", 1L);
			}
			else {
				assertThat(row).as("entry %d not submitted at all", id)
					.containsEntry("state", "DRAFT")
					.containsEntry("has_submitted_at", false)
					.containsEntry("has_first_submitted_at", false)
					.containsEntry("audits", 0L);
				assertThat(child.saw("SUBMIT " + id + " COMMITTED")).as("a commit the child saw is kept").isFalse();
			}
		}
		return submitted + "/" + entries.ids().size() + " submissions";
	}

	private long count(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	/** The child JVM and every line it printed. */
	private static final class Child {

		private final Process process;

		private final List<String> lines = new CopyOnWriteArrayList<>();


		Child(List<String> args) throws Exception {
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
				.toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.timezone=Asia/Ho_Chi_Minh", "-cp",
					System.getProperty("java.class.path"), KilledInstanceMain.class.getName()));
			command.addAll(args);
			this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
			Thread reader = new Thread(() -> {
				try (BufferedReader out = new BufferedReader(
						new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
					String line;
					while ((line = out.readLine()) != null) {
						this.lines.add(line);
					}
				}
				catch (Exception ignored) {
					// the process was killed
				}
			});
			reader.setDaemon(true);
			reader.start();
		}

		void await(String marker, int seconds) throws InterruptedException {
			long deadline = System.currentTimeMillis() + seconds * 1000L;
			while (!saw(marker)) {
				if (System.currentTimeMillis() > deadline || !this.process.isAlive() && !saw(marker)) {
					throw new AssertionError("child never printed " + marker + ":\n" + String.join("\n", this.lines));
				}
				Thread.sleep(5);
			}
		}

		void awaitStart(String prefix, int seconds) throws InterruptedException {
			long deadline = System.currentTimeMillis() + seconds * 1000L;
			while (this.lines.stream().noneMatch(l -> l.startsWith(prefix))) {
				if (System.currentTimeMillis() > deadline) {
					throw new AssertionError("child never printed " + prefix + ":\n" + String.join("\n", this.lines));
				}
				Thread.sleep(5);
			}
		}

		void go() throws java.io.IOException {
			this.process.getOutputStream().write("GO\n".getBytes(StandardCharsets.US_ASCII));
			this.process.getOutputStream().flush();
		}

		boolean saw(String line) {
			return this.lines.contains(line);
		}

		java.util.Optional<Matcher> find(Pattern pattern) {
			return this.lines.stream().map(pattern::matcher).filter(Matcher::matches).findFirst();
		}

		/** SIGKILL on Linux: no shutdown hook, no rollback by the app, the connection just drops. */
		void kill() throws InterruptedException {
			if (!this.process.isAlive()) {
				return;
			}
			this.process.destroyForcibly();
			assertThat(this.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
		}

	}

}
