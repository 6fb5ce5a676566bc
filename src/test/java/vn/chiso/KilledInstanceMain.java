package vn.chiso;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.plan.GeneratedPlans;
import vn.chiso.plan.ParsedPlan;
import vn.chiso.plan.PlanImportService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.progress.ProgressService;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.AppInstances;
import vn.chiso.security.Role;

/**
 * Run in a child JVM by {@link KilledInstanceTests}: an application instance (no web server) that imports a large plan
 * and, at the same time, submits a batch of progress entries, each through the real services in their own
 * transactions, printing a line at each step. The parent kills it with SIGKILL somewhere along the way. With
 * {@code hold} set, the instance stops at that point (just before or just after the import's commit) so that the
 * parent can kill it exactly there. It starts up, prints READY and begins only when it reads a line on stdin.
 * <p>
 * Arguments: jdbcUrl user password planCode tasks firstYear importerId importerRole entryIds(comma) staffId staffAgencyId
 * hold(none|import-before-commit|import-after-commit)
 */
public final class KilledInstanceMain {

	private KilledInstanceMain() {
	}

	public static void main(String[] args) throws Exception {
		String hold = args[11];
		ConfigurableApplicationContext app = AppInstances.start(WebApplicationType.NONE, new Class<?>[0],
				"spring.datasource.url=" + args[0], "spring.datasource.username=" + args[1],
				"spring.datasource.password=" + args[2], "spring.flyway.enabled=false",
				"spring.main.lazy-initialization=true", "spring.main.banner-mode=off", "logging.level.root=WARN",
				"spring.datasource.hikari.maximum-pool-size=4");
		String planCode = args[3];
		int tasks = Integer.parseInt(args[4]);
		int firstYear = Integer.parseInt(args[5]);
		CurrentUser importer = user(Long.parseLong(args[6]), Role.valueOf(args[7]), null);
		List<Long> entries = Arrays.stream(args[8].split(",")).map(Long::valueOf).toList();
		CurrentUser staff = user(Long.parseLong(args[9]), Role.CAN_BO_DON_VI, Long.valueOf(args[10]));
		byte[] workbook = GeneratedPlans.workbook(planCode, tasks, firstYear, firstYear + 1);
		TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
		PlanImportService plans = app.getBean(PlanImportService.class);
		ProgressService progress = app.getBean(ProgressService.class);
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		// touch the beans once so that the run below measures the work, not lazy start-up
		jdbc.sql("select 1").query(Integer.class).single();
		say("READY");
		// the parent starts several children at once and lets one work at a time
		new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
		say("GO");

		Thread imports = new Thread(() -> {
			signIn(importer);
			ParsedPlan parsed = plans.preview(importer, new ByteArrayInputStream(workbook), workbook.length);
			long items = parsed.tasks().stream().mapToLong(t -> t.lead().size() + t.cooperating().size()).sum();
			long criteria = parsed.tasks().stream().mapToLong(t -> t.criterionIds().stream().distinct().count()).sum();
			say("PARSED sections=" + parsed.sections().size() + " tasks=" + parsed.tasks().size() + " items=" + items
					+ " criteria=" + criteria + " errors=" + parsed.errorCount());
			tx.executeWithoutResult(status -> {
				marking("IMPORT", hold.equals("import-before-commit"), hold.equals("import-after-commit"));
				plans.confirm(importer, parsed, PlanStatus.DRAFT);
			});
		}, "import");
		Thread submissions = new Thread(() -> {
			signIn(staff);
			for (long id : entries) {
				tx.executeWithoutResult(status -> {
					marking("SUBMIT " + id, false, false);
					long version = jdbc.sql("select version from progress_entry where id = :id")
						.param("id", id)
						.query(Long.class)
						.single();
					progress.submit(staff, id, version);
				});
				pause(250);
			}
			say("SUBMISSIONS DONE");
		}, "submissions");
		imports.start();
		submissions.start();
		imports.join();
		submissions.join();
		say("DONE");
		pause(60_000);
	}

	/** Prints "<what> BEFORE_COMMIT" and "<what> COMMITTED" around the commit, holding there if asked. */
	private static void marking(String what, boolean holdBefore, boolean holdAfter) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				say(what + " BEFORE_COMMIT");
				if (holdBefore) {
					pause(60_000);
				}
			}

			@Override
			public void afterCommit() {
				say(what + " COMMITTED");
				if (holdAfter) {
					pause(60_000);
				}
			}

		});
	}

	private static CurrentUser user(long id, Role role, Long agencyId) {
		return new CurrentUser(id, "child-" + id, null, "Người dùng thử " + id, role, agencyId,
				agencyId == null ? null : "Cơ quan thử", true, false);
	}

	private static void signIn(CurrentUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

	private static synchronized void say(String line) {
		System.out.println(line);
		System.out.flush();
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
