package vn.chiso.demo.province;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.config.DemoDatasetCondition;
import vn.chiso.evidence.EvidenceSeeds;
import vn.chiso.progress.ProgressSeeds;
import vn.chiso.security.Role;
import vn.chiso.user.UserSeeds;
import vn.chiso.demo.DemoDataLoader;

/**
 * The large province of the load tests, for {@code ./mvnw spring-boot:run -Dspring-boot.run.profiles=large}: 40
 * departments and 120 communes with two accounts each (staff {@code so01.canbo}…{@code so40.canbo},
 * {@code xa001.canbo}…{@code xa120.canbo}; heads {@code so01.lanhdao}…, {@code xa001.lanhdao}…; password
 * {@link DemoDataLoader#DEMO_PASSWORD}), 300 tasks all assigned, a year of monthly rounds and entries, a year of monthly
 * self-assessment, and evidence files on about one sent entry in seven. Written in one transaction on the first start;
 * an existing agency {@code LPS1} means it is there.
 */
@Component
@Conditional(DemoDatasetCondition.Large.class)
@Order(10)
class LargeProvinceLoader implements ApplicationRunner {

	static final String PREFIX = "LP";

	private static final Logger log = LoggerFactory.getLogger(LargeProvinceLoader.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PasswordEncoder passwords;

	private final TransactionTemplate tx;

	LargeProvinceLoader(JdbcClient jdbc, JdbcTemplate template, PasswordEncoder passwords, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.template = template;
		this.passwords = passwords;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from agency where code = :c").param("c", PREFIX + "S1").query(Long.class)
			.single() > 0) {
			return;
		}
		long start = System.nanoTime();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		LargeProvince.Result result = this.tx.execute(status -> {
			LargeProvince.Result r = LargeProvince.generate(this.template, LargeProvince.Size.LARGE,
					today.getYear(), today, 42, PREFIX);
			accounts(r);
			evidence(r, new Random(42));
			return r;
		});
		this.jdbc.sql("analyze").update();
		log.info("Đã sinh tỉnh lớn: {} sở, {} xã, {} nhiệm vụ, {} báo cáo tiến độ, trong {} ms",
				result.departments().size(), result.communes().size(), LargeProvince.Size.LARGE.tasks(),
				result.entries(), (System.nanoTime() - start) / 1_000_000);
	}

	/** Staff and head of every generated agency; one bcrypt hash for all (same demo password). */
	private void accounts(LargeProvince.Result r) {
		List<UserSeeds.SeedAccount> rows = new ArrayList<>();
		for (int i = 0; i < r.departments().size(); i++) {
			String login = "so%02d".formatted(i + 1);
			long agency = r.departments().get(i);
			rows.add(new UserSeeds.SeedAccount(login + ".canbo", "Cán bộ sở thử nghiệm %02d".formatted(i + 1),
					Role.CAN_BO_DON_VI, agency));
			rows.add(new UserSeeds.SeedAccount(login + ".lanhdao", "Lãnh đạo sở thử nghiệm %02d".formatted(i + 1),
					Role.LANH_DAO_DON_VI, agency));
		}
		for (int i = 0; i < r.communes().size(); i++) {
			String login = "xa%03d".formatted(i + 1);
			long agency = r.communes().get(i);
			rows.add(new UserSeeds.SeedAccount(login + ".canbo", "Cán bộ xã thử nghiệm %03d".formatted(i + 1),
					Role.CAN_BO_DON_VI, agency));
			rows.add(new UserSeeds.SeedAccount(login + ".lanhdao", "Chủ tịch UBND xã thử nghiệm %03d".formatted(i + 1),
					Role.LANH_DAO_DON_VI, agency));
		}
		new UserSeeds(this.template).accounts(rows, this.passwords.encode(DemoDataLoader.DEMO_PASSWORD));
	}

	/** A small PDF on about one sent entry in seven, uploaded by the agency's staff account. */
	private void evidence(LargeProvince.Result r, Random random) {
		Map<Long, Long> staff = new UserSeeds(this.template).staffOfAgencies();
		EvidenceSeeds files = new EvidenceSeeds(this.template);
		List<EvidenceSeeds.SeedFile> rows = new ArrayList<>();
		for (long[] e : new ProgressSeeds(this.template).sentEntries(r.year())) {
			Long uploader = staff.get(e[1]);
			if (random.nextInt(7) != 0 || uploader == null) {
				continue;
			}
			byte[] pdf = SamplePdf.of("Báo cáo kết quả thực hiện nhiệm vụ, mục " + e[0], 8_000 + random.nextInt(120_000));
			rows.add(new EvidenceSeeds.SeedFile(e[1], ProgressSeeds.EVIDENCE_OWNER_TYPE, e[0],
					"bao-cao-ket-qua-" + e[0] + ".pdf", "application/pdf", pdf, uploader));
			if (rows.size() == 200) {
				files.files(rows);
				rows.clear();
			}
		}
		files.files(rows);
	}

}
