package vn.chiso.catalog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chiso.catalog.CatalogFixtures.add;
import static vn.chiso.catalog.CatalogFixtures.newSet;

@ChiSoIntegrationTest
class CatalogWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogService catalog;

	@Autowired
	ResultService results;

	static RequestPostProcessor as(Role role) {
		Long agencyId = role.agencyRequired() ? 1L : null;
		return SecurityMockMvcRequestPostProcessors.user(new CurrentUser(900L + role.ordinal(),
				"web-" + role.name().toLowerCase(), null, "Người thử " + role, role, agencyId, "Đơn vị thử", true, false));
	}

	@Test
	void staffAndProvincialLeadersReadTheCatalogButCannotEditIt() throws Exception {
		SetSummary set = newSet(this.catalog, "Bộ đọc được");
		CriterionRow area = add(this.catalog, set.id(), null, "1", "Lĩnh vực đọc", "2,5", "0,5");
		for (Role role : new Role[] { Role.CAN_BO_DON_VI, Role.LANH_DAO_TINH }) {
			this.mvc.perform(get("/catalog").with(as(role)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Bộ đọc được")));
			this.mvc.perform(get("/catalog/sets/{id}", set.id()).with(as(role)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Lĩnh vực đọc")))
				.andExpect(content().string(containsString("2,5")))
				.andExpect(content().string(not(containsString("/admin/catalog/criteria/"))));
			this.mvc.perform(get("/catalog/sets/{id}/export", set.id()).with(as(role))).andExpect(status().isOk());
			this.mvc.perform(get("/catalog/results").with(as(role))).andExpect(status().isOk());

			this.mvc.perform(get("/admin/catalog/sets/{id}", set.id()).with(as(role))).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/catalog/sets/new").with(as(role))).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/catalog/sets/{id}/import", set.id()).with(as(role)))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/catalog/sets/{id}/revision", set.id()).with(as(role)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/catalog/criteria/{id}/delete", area.id()).with(as(role)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/catalog/sets/{id}/criteria/new", set.id()).with(as(role)).with(csrf())
				.param("code", "2")
				.param("name", "Không được thêm")).andExpect(status().isForbidden());
			// results and targets are edited by Sở Nội vụ and administrators only
			this.mvc.perform(get("/catalog/results/2024/PAR_INDEX/edit").with(as(role)))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/catalog/results/2024/PAR_INDEX/edit").with(as(role)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/catalog/targets/new").param("year", "2024").with(as(role)))
				.andExpect(status().isForbidden());
		}
		assertThat(this.catalog.getSetView(set.id()).rows()).hasSize(1);
		assertThat(this.catalog.getSet(set.id()).active()).isTrue();
	}

	@Test
	void soNoiVuEditsResultsAndTargetsButNotCriteriaSets() throws Exception {
		int year = vn.chiso.support.Fixtures.freshYears(1);
		this.mvc.perform(get("/catalog/results/{y}/PAR_INDEX/edit", year).with(as(Role.SO_NOI_VU)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cải cách thể chế")));
		this.mvc.perform(post("/catalog/results/{y}/PAR_INDEX/edit", year).with(as(Role.SO_NOI_VU))
			.with(csrf())
			.param("rows[0].componentCode", "")
			.param("rows[0].score", "87,5")
			.param("rows[0].rank", "20")
			.param("rows[0].rankOutOf", "34")
			.param("rows[0].sourceNote", "thử")
			.param("rows[1].componentCode", "2")
			.param("rows[1].rank", "3")
			.param("rows[1].rankOutOf", "34")).andExpect(status().is3xxRedirection());
		assertThat(this.results.findResult("PAR_INDEX", year, null))
			.hasValueSatisfying(r -> assertThat(r.scoreText()).isEqualTo("87,5%"));
		assertThat(this.results.findResult("PAR_INDEX", year, "2"))
			.hasValueSatisfying(r -> assertThat(r.rankText()).isEqualTo("3/34"));

		Long parId = this.catalog.indices().get(0).id();
		this.mvc.perform(post("/catalog/targets/new").with(as(Role.SO_NOI_VU))
			.with(csrf())
			.param("indexId", parId.toString())
			.param("year", String.valueOf(year))
			.param("componentCode", "2")
			.param("kind", "RANK_AT_MOST")
			.param("threshold", "5")
			.param("wording", "Top 5")).andExpect(redirectedUrlPattern("/catalog/results?year=" + year));
		this.mvc.perform(get("/catalog/results").param("year", String.valueOf(year)).with(as(Role.LANH_DAO_TINH)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Top 5")))
			.andExpect(content().string(containsString(year + ": hạng 3/34 – đạt")))
			.andExpect(content().string(containsString("87,5%")));

		// a rank above the number of provinces is refused with a message, nothing saved
		this.mvc.perform(post("/catalog/results/{y}/SIPAS/edit", year).with(as(Role.SO_NOI_VU))
			.with(csrf())
			.param("rows[0].componentCode", "")
			.param("rows[0].rank", "40")
			.param("rows[0].rankOutOf", "34"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lớn hơn tổng số")));
		assertThat(this.results.findResult("SIPAS", year, null)).isEmpty();

		SetSummary set = newSet(this.catalog, "SNV không sửa");
		this.mvc.perform(get("/admin/catalog/sets/{id}", set.id()).with(as(Role.SO_NOI_VU)))
			.andExpect(status().isForbidden());
	}

	@Test
	void administratorEditsTheTreeAndALockedSetOffersANewRevision() throws Exception {
		SetSummary set = newSet(this.catalog, "Bộ quản trị");
		this.mvc.perform(post("/admin/catalog/sets/{id}/criteria/new", set.id()).with(as(Role.QUAN_TRI))
			.with(csrf())
			.param("code", "1")
			.param("name", "Lĩnh vực mới")
			.param("maxPoints", "1,5")
			.param("assessmentMethod", "SURVEY")).andExpect(redirectedUrlPattern("/admin/catalog/sets/*"));
		this.mvc.perform(post("/admin/catalog/sets/{id}/criteria/new", set.id()).with(as(Role.QUAN_TRI))
			.with(csrf())
			.param("code", "1")
			.param("name", "Trùng")
			.param("maxPoints", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không phải là số hợp lệ")));
		this.mvc.perform(get("/admin/catalog/sets/{id}", set.id()).with(as(Role.QUAN_TRI)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lĩnh vực mới")))
			.andExpect(content().string(containsString("Điều tra xã hội học")))
			.andExpect(content().string(containsString("/admin/catalog/criteria/")));

		this.catalog.lock(set.id());
		this.mvc.perform(get("/admin/catalog/sets/{id}", set.id()).with(as(Role.QUAN_TRI)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đã khóa")))
			.andExpect(content().string(containsString("Tạo phiên bản mới")))
			.andExpect(content().string(not(containsString("/admin/catalog/criteria/"))));
		this.mvc.perform(post("/admin/catalog/sets/{id}/criteria/new", set.id()).with(as(Role.QUAN_TRI))
			.with(csrf())
			.param("code", "2")
			.param("name", "Không được")).andExpect(redirectedUrlPattern("/admin/catalog/sets/*"));
		assertThat(this.catalog.getSetView(set.id()).rows()).hasSize(1);

		this.mvc.perform(post("/admin/catalog/sets/{id}/revision", set.id()).with(as(Role.QUAN_TRI)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		SetView old = this.catalog.getSetView(set.id());
		assertThat(old.set().active()).isFalse();
		assertThat(old.revisions()).hasSize(2).anySatisfy(r -> assertThat(r.active()).isTrue());
	}

	@Test
	void uploadShowsProblemsInVietnameseAndConfirmWritesTheTree() throws Exception {
		SetSummary set = newSet(this.catalog, "Bộ nhập");
		byte[] bad = CriteriaImportTests.workbook(new Object[][] { { "1", "A", "1", null, null, null },
				{ "1.1", "B", "1;5", null, null, null }, { "3.1", "C", "1", null, null, null } });
		this.mvc.perform(multipart("/admin/catalog/sets/{id}/import", set.id())
			.file(new MockMultipartFile("file", "bad.xlsx", null, bad))
			.with(as(Role.QUAN_TRI))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không phải là số. Gõ chữ số với nhiều nhất một dấu thập phân")))
			.andExpect(content().string(containsString("không có tiêu chí cha 3")))
			.andExpect(content().string(not(containsString("confirmImport"))));
		this.mvc.perform(multipart("/admin/catalog/sets/{id}/import", set.id())
			.file(new MockMultipartFile("file", "note.xlsx", null, "plain text".getBytes()))
			.with(as(Role.QUAN_TRI))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không phải là bảng tính Excel")));
		assertThat(this.catalog.getSetView(set.id()).rows()).isEmpty();

		byte[] good = CriteriaImportTests.workbook(new Object[][] { { "1", "A", null, null, null, null },
				{ "1.1", "B", "1,5", "0,5", null, null } });
		// sessions live in PostgreSQL (Spring Session): the session cookie carries the preview to the confirmation
		jakarta.servlet.http.Cookie session = this.mvc.perform(multipart("/admin/catalog/sets/{id}/import", set.id())
			.file(new MockMultipartFile("file", "good.xlsx", null, good))
			.with(as(Role.QUAN_TRI))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("confirmImport")))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(this.catalog.getSetView(set.id()).rows()).as("nothing written before confirming").isEmpty();
		this.mvc.perform(post("/admin/catalog/sets/{id}/import/confirm", set.id()).cookie(session)
			.with(as(Role.QUAN_TRI))
			.with(csrf())).andExpect(redirectedUrlPattern("/admin/catalog/sets/*"));
		assertThat(this.catalog.getSetView(set.id()).total()).isEqualByComparingTo("1.5");
	}

}
