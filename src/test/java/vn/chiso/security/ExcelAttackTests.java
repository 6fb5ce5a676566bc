package vn.chiso.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.common.excel.HostileWorkbooks;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Hostile workbooks through the real import screens (agencies, plans): each is refused with its Vietnamese message on
 * the import page, nothing is written, the server stays within time, and no file content of the server leaks.
 */
@ChiSoIntegrationTest
class ExcelAttackTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final List<String> AGENCY_HEADERS = List.of("Mã", "Tên đầy đủ", "Tên viết tắt", "Loại",
			"Mã cơ quan cấp trên", "Hiệu lực từ", "Hiệu lực đến", "Mã cơ quan kế thừa");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MessageSource messages;

	/** Attack → the message key it must be refused with (either key where two limits can come first). */
	static Map<String, Attack> attacks() {
		return Map.of("xxe", new Attack(HostileWorkbooks::externalEntity, "excel.doctype"), "xxe-utf16",
				new Attack(HostileWorkbooks::externalEntityUtf16, "excel.doctype"), "billion-laughs",
				new Attack(HostileWorkbooks::billionLaughs, "excel.doctype"), "external-link",
				new Attack(f -> HostileWorkbooks.externalLink(f, "externalLinks/externalLink1.xml"),
						"excel.externalLink"),
				"zip-bomb", new Attack(f -> HostileWorkbooks.zipBomb(f, 200), "excel.zipBomb", "excel.sheetTooLarge"),
				"zip-bomb-image", new Attack(f -> HostileWorkbooks.zipBombImage(f, 200), "excel.zipBomb"),
				"billion-cells", new Attack(f -> HostileWorkbooks.billionCells(f, 30_000), "excel.tooManyRows"),
				"last-row", new Attack(HostileWorkbooks::lastRow, "excel.tooManyRows"));
	}

	@Test
	void agencyImportRefusesEachAttackAndWritesNothing() {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		for (var attack : attacks().entrySet()) {
			String code = Fixtures.unique("ATK");
			byte[] honest = HostileWorkbooks.honest(AGENCY_HEADERS,
					List.of(code, "", "", "Sở, ban, ngành", "", "", "", ""));
			byte[] file = attack.getValue().build().apply(honest);
			long agenciesBefore = count("agency");
			String body = refusedPage(attack.getKey(), "/admin/agencies/import", admin, file, attack.getValue());
			assertThat(body).as(attack.getKey()).contains("id=\"fileError\"");
			assertThat(count("agency")).as(attack.getKey()).isEqualTo(agenciesBefore);
			assertThat(this.jdbc.sql("select count(*) from agency where code = ?").param(code).query(Long.class).single())
				.isZero();
		}
	}

	@Test
	void planImportRefusesEachAttackBeforeThePreview() {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		byte[] honest = HostileWorkbooks.honest(List.of("Số, ký hiệu", "Trích yếu"), List.of("01/KH-UBND", ""));
		for (var attack : attacks().entrySet()) {
			long plansBefore = count("plan");
			String body = refusedPage(attack.getKey(), "/plans/import", admin, attack.getValue().build().apply(honest),
					attack.getValue());
			assertThat(body).as(attack.getKey()).contains("id=\"importError\"");
			assertThat(count("plan")).as(attack.getKey()).isEqualTo(plansBefore);
		}
	}

	/** Uploads, expects the import page again (200) with the attack's message, and no trace of /etc/passwd. */
	private String refusedPage(String name, String url, CurrentUser user, byte[] file, Attack attack) {
		MvcResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> this.mvc
					.perform(multipart(url).file(new MockMultipartFile("file", name + ".xlsx", XLSX, file))
						.with(user(user))
						.with(csrf()))
					.andReturn());
		try {
			String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(result.getResponse().getStatus()).as(name).isEqualTo(200);
			assertThat(attack.keys()).as(name + " shows its message")
				.anySatisfy(key -> assertThat(body).contains(escaped(message(key))));
			assertThat(body).as(name).doesNotContain("root:x:0:0", "/bin/bash", "/usr/sbin/nologin", "lollollol");
			return body;
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String message(String key) {
		Object[] args = key.equals("excel.tooManyRows")
				? new Object[] { "Sheet1", vn.chiso.common.excel.SafeXlsxReader.MAX_ROWS }
				: new Object[] { vn.chiso.common.excel.SafeXlsxReader.MAX_ROWS, 1_000_000L };
		return this.messages.getMessage(key, args, java.util.Locale.forLanguageTag("vi"));
	}

	/** The message as Thymeleaf writes it in a text node (quotes escaped); the first 40 characters suffice. */
	private static String escaped(String message) {
		String start = message.length() > 40 ? message.substring(0, 40) : message;
		return start.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	record Attack(UnaryOperator<byte[]> build, String... keys) {
	}

}
