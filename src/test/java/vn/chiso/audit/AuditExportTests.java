package vn.chiso.audit;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;
import vn.chiso.support.ScreenTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit search's download holds every event the search finds, on all its pages, with the screen's columns, and
 * only Sở Nội vụ and administrators get it.
 */
@ChiSoIntegrationTest
class AuditExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditService audit;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theDownloadHoldsEverySearchedEventWithTheScreensColumns() throws Exception {
		CurrentUser actor = this.fixtures.user(Role.CAN_BO_DON_VI, this.fixtures.department("Sở thử nhật ký"));
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(actor, null, actor.getAuthorities()));
		for (int i = 1; i <= 63; i++) {
			int n = i;
			this.transactions.executeWithoutResult(t -> this.audit.record("TEST_EXPORTED", "TEST_ENTITY", n, null,
					"Cập nhật lần " + n + (n % 2 == 0 ? " =SUM(A1:A9)" : " tiến độ"), Map.of("n", n - 1),
					Map.of("n", n)));
		}
		SecurityContextHolder.clearContext();
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("SNV thử nhật ký"));

		String screen = this.mvc.perform(get("/audit").param("actor", actor.getUsername()).param("size", "200")
			.with(user(snv))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		ScreenTable onScreen = ScreenTable.fromHtml(screen, "auditTable");
		assertThat(onScreen.rows()).hasSize(63);
		byte[] file = this.mvc.perform(get("/audit/export.xlsx").param("actor", actor.getUsername()).with(user(snv)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		ScreenTable downloaded = ScreenTable.fromXlsx(file, "Thời điểm");
		ScreenTable.assertSame(withoutDetails(onScreen), downloaded, Set.of(), 2);
		assertThat(downloaded.rows().get(0).get(3)).isEqualTo("Cập nhật lần 63 tiến độ");
		assertThat(downloaded.rows().get(1).get(3)).as("written as text").isEqualTo("Cập nhật lần 62 =SUM(A1:A9)");
		assertThat(downloaded.rows().get(0).get(5)).isEqualTo("{\"n\": 63}");

		// with the default page size the screen shows 50; the download still holds all 63
		byte[] again = this.mvc.perform(get("/audit/export.xlsx").param("actor", actor.getUsername())
			.param("q", "cap nhat").with(user(snv))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(ScreenTable.fromXlsx(again, "Thời điểm").rows()).hasSize(63);
		this.mvc.perform(get("/audit/export.xlsx").with(user(actor))).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit/export.xlsx").with(user(this.fixtures.user(Role.LANH_DAO_TINH, null))))
			.andExpect(status().isForbidden());
	}

	/** The screen's summary cell also holds the folded data before and after; the download has them apart. */
	private static ScreenTable withoutDetails(ScreenTable table) {
		return new ScreenTable(table.headers(), table.rows().stream().map(r -> {
			java.util.List<String> cells = new java.util.ArrayList<>(r);
			cells.set(3, cells.get(3).replaceAll(" Trước / Sau.*$", ""));
			return (java.util.List<String>) cells;
		}).toList());
	}

}
