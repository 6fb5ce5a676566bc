package vn.chiso.demo.province;

import java.time.LocalDate;
import java.time.ZoneId;

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

import vn.chiso.agency.AgencyService;
import vn.chiso.config.DemoDatasetCondition;
import vn.chiso.demo.DemoDataLoader;

/**
 * The large province of the load tests, for {@code ./mvnw spring-boot:run -Dspring-boot.run.profiles=large}: 40
 * departments and 120 communes with two accounts each (staff {@code so01.canbo}…{@code so40.canbo},
 * {@code xa001.canbo}…{@code xa120.canbo}; heads {@code so01.lanhdao}…, {@code xa001.lanhdao}…; Sở Nội vụ
 * reviewers {@code snv01.thamdinh}…{@code snv10.thamdinh} and provincial leaders {@code tinh01.lanhdao}…; password
 * {@link DemoDataLoader#DEMO_PASSWORD}), 300 tasks all assigned, every assigned agency reporting on every task in
 * every round of the year (12 months and the four CCHC reports), a year of monthly self-assessment, and evidence files
 * ({@link LargeProvince#generateWithPeople}). Written in one transaction on the first start, with progress in the log;
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

	private final AgencyService agencies;

	LargeProvinceLoader(JdbcClient jdbc, JdbcTemplate template, PasswordEncoder passwords, TransactionTemplate tx,
			AgencyService agencies) {
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.template = template;
		this.passwords = passwords;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.agencies.findByCode(PREFIX + "S1").isPresent()) {
			return;
		}
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		log.info("Đang sinh tỉnh lớn cho năm {} (lần chạy đầu tiên)", today.getYear());
		String hash = this.passwords.encode(DemoDataLoader.DEMO_PASSWORD);
		LargeProvince.WithPeople result = this.tx.execute(status -> LargeProvince.generateWithPeople(this.template,
				LargeProvince.Size.LARGE, today.getYear(), today, 42, PREFIX, "", hash));
		this.jdbc.sql("analyze").update();
		LargeProvince.Result p = result.province();
		log.info("Đã sinh tỉnh lớn: {} sở, {} xã, {} nhiệm vụ, {} phân công, {} báo cáo tiến độ trong {} kỳ, {} tài khoản, "
				+ "{} tệp minh chứng, trong {} ms", p.departments().size(), p.communes().size(),
				LargeProvince.Size.LARGE.tasks(), p.assignments(), p.entries(), p.allRounds().size(), result.accounts(),
				result.files(), result.millis());
	}

}
