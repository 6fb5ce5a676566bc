package vn.chiso;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.agency.AgencyKind;
import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.audit.AuditService;
import vn.chiso.catalog.CatalogLookup;
import vn.chiso.plan.PlanSeeds;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages say things as people say them: audit actions in Vietnamese and by whom (the person's name), "PAR INDEX" rather
 * than the code "PAR_INDEX", an id in a not-found page as written ("999999", not "999.999"), and an agency whose
 * validity ended as dissolved, in its list and in the pickers, not "Đang hoạt động".
 */
@ChiSoIntegrationTest
class ReadablePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AgencyService agencies;

	@Autowired
	AuditService audit;

	@Autowired
	CatalogLookup catalog;

	@Autowired
	JdbcTemplate template;

	@Autowired
	PlatformTransactionManager tm;

	@Test
	void theAuditLogShowsVietnameseActionsAndPeoplesNames() throws Exception {
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ (thử nhật ký)"));
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(snv, null, snv.getAuthorities()));
		try {
			new TransactionTemplate(this.tm).executeWithoutResult(s -> this.audit.record("SCORING_ROUND_CLOSED",
					"SCORING_ROUND", 424242L, null, "Khóa kỳ tự chấm thử", null, null));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String text = text("/audit?q=Khóa kỳ tự chấm thử", snv);
		assertThat(text).contains("Đóng tháng tự chấm điểm", snv.fullName()).doesNotContain("SCORING_ROUND_CLOSED");
	}

	@Test
	void indexCodesReadAsTheIndexNameOnPlanPages() throws Exception {
		long criterion = this.catalog.findCriterion("PAR_INDEX", 2024, "2").orElseThrow().id();
		PlanSeeds plans = new PlanSeeds(this.template);
		int year = Fixtures.freshYears(1);
		long plan = plans.plan(Fixtures.unique("KH-"), "Kế hoạch thử tên chỉ số", year);
		long section = plans.section(plan, null, 1, "II", "PAR_INDEX", criterion, 1);
		long task = plans.task(plan, section, "1", "Rà soát thủ tục hành chính thử", 1);
		plans.serve(task, criterion);
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ (thử tên chỉ số)"));

		for (String page : new String[] { "/plans/" + plan, "/plans/tasks/" + task, "/plans/tasks?plan=" + plan }) {
			assertThat(text(page, snv)).as(page).contains("PAR INDEX").doesNotContain("PAR_INDEX");
		}
	}

	@Test
	void aNotFoundIdIsWrittenAsTypedWithoutThousandsDots() throws Exception {
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ (thử 404)"));
		String html = this.mvc.perform(get("/progress/entries/999999").with(user(snv)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("999999").doesNotContain("999.999");
	}

	@Test
	void anAgencyWhoseValidityEndedReadsAsDissolvedAndIsMarkedInPickers() throws Exception {
		LocalDate today = LocalDate.now(java.time.ZoneId.of(ChiSoApplication.TIME_ZONE));
		AgencyView dissolved = this.agencies.createAgency(Fixtures.unique("GT"), "Sở Giao thông thử (đã sáp nhập)", null,
				AgencyKind.SO_BAN_NGANH, null, today.minusYears(3), today.minusMonths(2));
		AgencyView current = this.fixtures.department("Sở Xây dựng thử (đang hoạt động)");
		assertThat(dissolved.current()).isFalse();
		assertThat(current.current()).isTrue();
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);

		String list = this.mvc.perform(get("/admin/agencies").param("q", "Sở Giao thông thử").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String row = list.substring(list.indexOf(dissolved.name()));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("Đã giải thể hoặc sáp nhập").doesNotContain("Đang hoạt động");

		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ (thử giải thể)"));
		for (String page : new String[] { "/plans/tasks", "/reports" }) {
			String html = this.mvc.perform(get(page).with(user(snv)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).as(page).contains(dissolved.name() + " (đã giải thể/sáp nhập, đến ")
				.contains(">" + current.name() + "</option>");
		}
		// an account is given a current agency only
		String userForm = this.mvc.perform(get("/admin/users/new").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(userForm).contains(current.name()).doesNotContain(dissolved.name());
	}

	private String text(String path, CurrentUser user) throws Exception {
		String html = this.mvc.perform(get(path).with(user(user)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return html.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<[^>]*>", " ")
			.replace("&quot;", "\"")
			.replaceAll("\\s+", " ");
	}

}
