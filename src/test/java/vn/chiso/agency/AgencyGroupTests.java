package vn.chiso.agency;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Group membership on a date across the 2025 reorganisation, and the administration pages. */
@ChiSoIntegrationTest
class AgencyGroupTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final CurrentUser ADMIN = new CurrentUser(1L, "testadmin", null, "Quản trị", Role.QUAN_TRI, null,
			null, true, false);

	private static final LocalDate DISTRICTS_LAST_DAY = LocalDate.of(2025, 6, 30);

	private static final LocalDate MERGER_LAST_DAY = LocalDate.of(2025, 2, 28);

	@Autowired
	AgencyService agencies;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void districtsBelongToTheirGroupIn2024ButNotAfterTheFirstOfJuly2025() {
		String p = prefix();
		AgencyView h1 = this.agencies.createAgency(p + "H1", "UBND huyện Một", null, AgencyKind.UBND_HUYEN, null, null,
				DISTRICTS_LAST_DAY);
		AgencyView h2 = this.agencies.createAgency(p + "H2", "UBND huyện Hai", null, AgencyKind.UBND_HUYEN, null, null,
				DISTRICTS_LAST_DAY);
		AgencyView commune = this.agencies.createAgency(p + "X1", "UBND xã Mới", null, AgencyKind.UBND_XA, null,
				LocalDate.of(2025, 7, 1), null);
		this.agencies.createGroup(p + "UBND_HUYEN", "UBND các huyện", null, Set.of(AgencyKind.UBND_HUYEN), Set.of());
		this.agencies.createGroup(p + "UBND_XA", "UBND cấp xã", null, Set.of(AgencyKind.UBND_XA), Set.of());

		assertThat(this.agencies.resolveGroup(p + "UBND_HUYEN", LocalDate.of(2024, 12, 31))).extracting(AgencyView::id)
			.contains(h1.id(), h2.id())
			.doesNotContain(commune.id());
		assertThat(this.agencies.resolveGroup(p + "UBND_HUYEN", DISTRICTS_LAST_DAY)).extracting(AgencyView::id)
			.contains(h1.id(), h2.id());
		assertThat(this.agencies.resolveGroup(p + "UBND_HUYEN", LocalDate.of(2025, 7, 1))).extracting(AgencyView::id)
			.doesNotContain(h1.id(), h2.id());
		assertThat(this.agencies.resolveGroup(p + "UBND_XA", LocalDate.of(2024, 12, 31))).extracting(AgencyView::id)
			.doesNotContain(commune.id());
		assertThat(this.agencies.resolveGroup(p + "UBND_XA", LocalDate.of(2025, 7, 1))).extracting(AgencyView::id)
			.contains(commune.id());
	}

	@Test
	void mergedDepartmentsGiveWayToTheirSuccessorFromTheFirstOfMarch2025() {
		String p = prefix();
		AgencyView planning = this.agencies.createAgency(p + "SKHDT", "Sở Kế hoạch và Đầu tư", null,
				AgencyKind.SO_BAN_NGANH, null, null, null);
		AgencyView finance = this.agencies.createAgency(p + "STC", "Sở Tài chính", null, AgencyKind.SO_BAN_NGANH, null,
				null, null);
		AgencyView transport = this.agencies.createAgency(p + "SGTVT", "Sở Giao thông vận tải", null,
				AgencyKind.SO_BAN_NGANH, null, null, null);
		AgencyView construction = this.agencies.createAgency(p + "SXD", "Sở Xây dựng", null, AgencyKind.SO_BAN_NGANH,
				null, null, null);
		this.agencies.setSuccessor(planning.id(), finance.id(), MERGER_LAST_DAY);
		this.agencies.setSuccessor(transport.id(), construction.id(), MERGER_LAST_DAY);
		this.agencies.createGroup(p + "SO", "Các sở (thử nghiệm)", null, Set.of(),
				Set.of(planning.id(), finance.id(), transport.id(), construction.id()));

		assertThat(this.agencies.resolveGroup(p + "SO", MERGER_LAST_DAY)).extracting(AgencyView::code)
			.containsExactlyInAnyOrder(p + "SKHDT", p + "STC", p + "SGTVT", p + "SXD");
		assertThat(this.agencies.resolveGroup(p + "SO", LocalDate.of(2025, 3, 1))).extracting(AgencyView::code)
			.containsExactlyInAnyOrder(p + "STC", p + "SXD");
		assertThat(this.agencies.currentSuccessor(planning.id(), LocalDate.of(2025, 3, 1)).id()).isEqualTo(finance.id());
		assertThat(this.agencies.currentSuccessor(planning.id(), LocalDate.of(2024, 5, 1)).id()).isEqualTo(planning.id());
	}

	@Test
	void administratorCreatesEditsAndPreviewsAGroup() throws Exception {
		String p = prefix();
		AgencyView old = this.agencies.createAgency(p + "OLD", "Sở Cũ Thử nghiệm", null, AgencyKind.KHAC, null, null,
				MERGER_LAST_DAY);
		AgencyView current = this.agencies.createAgency(p + "NEW", "Sở Mới Thử nghiệm", null, AgencyKind.KHAC, null,
				LocalDate.of(2025, 3, 1), null);

		this.mvc.perform(post("/admin/agency-groups/new").with(user(ADMIN))
			.with(csrf())
			.param("code", p + "G")
			.param("name", "Nhóm thử nghiệm")
			.param("description", "Các sở được chỉ định")
			.param("memberIds", old.id().toString(), current.id().toString())).andExpect(redirectedUrlPattern("/admin/agency-groups/*"));
		Long id = this.jdbc.sql("select id from agency_group where code = ?").param(p + "G").query(Long.class).single();

		this.mvc.perform(get("/admin/agency-groups/{id}", id).param("date", "15/02/2025").with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Thành viên tại ngày 15/02/2025"),
					containsString("<td>Sở Cũ Thử nghiệm</td>"), not(containsString("<td>Sở Mới Thử nghiệm</td>")))));
		this.mvc.perform(get("/admin/agency-groups/{id}", id).param("date", "01/03/2025").with(user(ADMIN)))
			.andExpect(content().string(allOf(containsString("<td>Sở Mới Thử nghiệm</td>"),
					not(containsString("<td>Sở Cũ Thử nghiệm</td>")))));
		this.mvc.perform(get("/admin/agency-groups").with(user(ADMIN)))
			.andExpect(content().string(containsString("Nhóm thử nghiệm")));

		this.mvc.perform(get("/admin/agency-groups/{id}/edit", id).with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("groupForm", org.hamcrest.Matchers.hasProperty("memberIds",
					org.hamcrest.Matchers.containsInAnyOrder(old.id(), current.id()))));
		this.mvc.perform(post("/admin/agency-groups/{id}/edit", id).with(user(ADMIN))
			.with(csrf())
			.param("code", p + "G")
			.param("name", "Nhóm thử nghiệm đã sửa")
			.param("kinds", "UBND_XA")
			.param("version", "0")).andExpect(redirectedUrlPattern("/admin/agency-groups/*"));
		assertThat(this.agencies.groups()).filteredOn(g -> g.code().equals(p + "G"))
			.singleElement()
			.satisfies(g -> {
				assertThat(g.name()).isEqualTo("Nhóm thử nghiệm đã sửa");
				assertThat(g.kinds()).containsExactly(AgencyKind.UBND_XA);
				assertThat(g.explicitMemberCount()).isZero();
			});

		// a second save from the same stale form is refused, not silently applied
		this.mvc.perform(post("/admin/agency-groups/{id}/edit", id).with(user(ADMIN))
			.with(csrf())
			.param("code", p + "G")
			.param("name", "Ghi đè")
			.param("kinds", "UBND_XA")
			.param("version", "0")).andExpect(status().isConflict());
	}

	@Test
	void refusesAnEmptyGroupAndADuplicateCode() throws Exception {
		String p = prefix();
		this.agencies.createGroup(p + "DUP", "Nhóm có sẵn", null, Set.of(AgencyKind.KHAC), Set.of());
		this.mvc.perform(post("/admin/agency-groups/new").with(user(ADMIN)).with(csrf())
			.param("code", p + "EMPTY")
			.param("name", "Nhóm rỗng"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("groupForm"))
			.andExpect(content().string(containsString("Hãy chọn ít nhất một loại cơ quan")));
		this.mvc.perform(post("/admin/agency-groups/new").with(user(ADMIN)).with(csrf())
			.param("code", p + "DUP")
			.param("name", "Trùng mã")
			.param("kinds", "KHAC"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("groupForm", "code", "agency.group.code.taken"));
	}

	@Test
	void theEditPageOffersActivateForAnInactiveAgencyAndDeactivateForAnActiveOne() throws Exception {
		AgencyView agency = this.agencies.createAgency(prefix() + "A", "Cơ quan bật tắt", null, AgencyKind.KHAC, null,
				null, null);
		this.mvc.perform(get("/admin/agencies/{id}/edit", agency.id()).with(user(ADMIN)))
			.andExpect(content().string(allOf(containsString("/deactivate"), not(containsString("/activate\"")))));
		this.agencies.setActive(agency.id(), false);
		this.mvc.perform(get("/admin/agencies/{id}/edit", agency.id()).with(user(ADMIN)))
			.andExpect(content().string(allOf(containsString("/activate\""), not(containsString("/deactivate")),
					containsString("Kích hoạt lại"))));
	}

	private static String prefix() {
		return "GR" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet()
				+ "_";
	}

}
