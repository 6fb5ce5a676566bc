package vn.chiso.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyService;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

/**
 * The province is data: an administrator sets it in the browser, every report prints it, a stale form changes nothing,
 * and the setup checklist says what a new province still lacks. Uses a province that is not the demo one.
 */
@ChiSoIntegrationTest
class ProvinceProfileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProvinceProfileService profiles;


	private long version() {
		return this.jdbc.sql("select coalesce(max(version), -1) from province_profile").query(Long.class).single();
	}

	private MockHttpServletRequestBuilder save(CurrentUser admin, String province, String place, Long version) {
		MockHttpServletRequestBuilder post = post("/admin/province").with(user(admin)).with(csrf())
			.param("provinceName", "tỉnh " + province)
			.param("parentBody", "UBND tỉnh " + province)
			.param("place", place)
			.param("issuer", "Sở Nội vụ")
			.param("issuerCode", "SNV")
			.param("authority", "KT. Giám đốc")
			.param("signerPosition", "Phó Giám đốc")
			.param("signerName", "Nguyễn Văn Thử");
		return version == null ? post : post.param("version", Long.toString(version));
	}

	@Test
	void administratorSetsTheProvinceAndReportsPrintIt() throws Exception {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		long before = version();
		Long seen = before < 0 ? null : before;
		this.mvc.perform(save(admin, "Đắk Lắk", "Buôn Ma Thuột", seen))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/province"));
		ProvinceIdentity now = this.profiles.current();
		assertThat(now.configured()).isTrue();
		assertThat(now.provinceName()).isEqualTo("tỉnh Đắk Lắk");
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'PROVINCE_PROFILE_UPDATED' and "
				+ "after_data ->> 'place' = 'Buôn Ma Thuột'").query(Long.class).single()).isGreaterThanOrEqualTo(1);

		// the page shows what is saved; a report written now carries it
		String page = this.mvc.perform(get("/admin/province").with(user(admin))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("tỉnh Đắk Lắk", "Ma Thuột"); // attribute values escape "ô" as an entity
		byte[] report = this.mvc.perform(get("/reports/download").param("kind", "DISCIPLINE").param("year", "2024")
				.with(user(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(texts(report)).contains("UBND TỈNH ĐẮK LẮK")
			.anyMatch(t -> t.startsWith("Buôn Ma Thuột, ngày "))
			.noneMatch(t -> t.contains("Tuyên Quang") || t.contains("TUYÊN QUANG"));
	}

	@Test
	void aStaleFormChangesNothing() throws Exception {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		long before = version();
		this.mvc.perform(save(admin, "Hà Giang", "Hà Giang", before < 0 ? null : before)).andExpect(status().is3xxRedirection());
		long seen = version();
		this.mvc.perform(save(admin, "Lào Cai", "Lào Cai", seen)).andExpect(status().is3xxRedirection());
		// a second tab still holds the version before Lào Cai
		this.mvc.perform(save(admin, "Quảng Ninh", "Hạ Long", seen)).andExpect(status().isConflict());
		assertThat(this.profiles.current().provinceName()).isEqualTo("tỉnh Lào Cai");
	}

	@Test
	void blankFieldsAreRefusedInVietnamese() throws Exception {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		String page = this.mvc.perform(post("/admin/province").with(user(admin)).with(csrf())
				.param("provinceName", " ").param("issuerCode", "S N V"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Chữ viết tắt chỉ gồm chữ, số, dấu chấm và gạch ngang.", "is-invalid");
	}

	@Test
	void onlyAdministratorsChangeTheProvinceAndSoNoiVuSeesTheChecklist() throws Exception {
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ thử tỉnh"));
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, this.fixtures.department("Sở thử tỉnh"));
		this.mvc.perform(get("/admin/province").with(user(snv))).andExpect(status().isForbidden());
		this.mvc.perform(save(snv, "Gia Lai", "Pleiku", null)).andExpect(status().isForbidden());
		this.mvc.perform(get("/setup").with(user(staff))).andExpect(status().isForbidden());
		String page = this.mvc.perform(get("/setup").with(user(snv))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Danh mục thiết lập ban đầu", "data-item=\"province\"", "data-item=\"agencies\"",
				"data-item=\"criteria\"", "data-item=\"plan\"", "Bộ tiêu chí PAR INDEX năm");
	}

	@Test
	void checklistReflectsTheData() {
		SetupChecklist.Checklist list = this.checklistService.check();
		// the test database has agencies (fixtures) but, for the current year, no PAR INDEX set of its own unless a
		// test made one: whatever it says must match the data it asked
		SetupChecklist.Item agencies = list.items().stream().filter(i -> i.key().equals("agencies")).findFirst().orElseThrow();
		long active = this.agencies.validOn(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))).size();
		assertThat(agencies.done()).isEqualTo(active > 0);
		assertThat(agencies.args()).containsExactly((int) active);
		SetupChecklist.Item plan = list.items().stream().filter(i -> i.key().equals("plan")).findFirst().orElseThrow();
		long inForce = this.jdbc.sql("select count(*) from plan where status = 'ACTIVE'").query(Long.class).single();
		assertThat(plan.done()).isEqualTo(inForce > 0);
		assertThat(list.complete()).isEqualTo(list.items().stream().allMatch(i -> i.done() || !i.required()));
	}

	@Autowired
	SetupChecklist checklistService;

	@Autowired
	AgencyService agencies;

	/** Every text cell of every sheet of a workbook. */
	static List<String> texts(byte[] xlsx) throws Exception {
		List<String> texts = new ArrayList<>();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.STRING) {
							texts.add(cell.getStringCellValue());
						}
					}
				}
			}
		}
		return texts;
	}

}
