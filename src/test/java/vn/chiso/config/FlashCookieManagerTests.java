package vn.chiso.config;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import vn.chiso.common.Flash;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message after a save carried in a cookie ({@link FlashCookieManager}): what goes in the cookie comes back the
 * same, anything else stays in the session, and a cookie not of the expected form is ignored.
 */
class FlashCookieManagerTests {

	private final FlashCookieManager manager = new FlashCookieManager();

	@Test
	void aSavedMessageTravelsInTheCookieAndIsShownOnce() {
		MockHttpServletRequest save = new MockHttpServletRequest("POST", "/progress/entries/41");
		MockHttpServletResponse saved = new MockHttpServletResponse();
		FlashMap out = message("/progress/entries/41",
				new Flash("success", "progress.saved", new Object[] { "Sở Nội vụ – báo cáo tháng 7", 3, 12L,
						new BigDecimal("84.70") }));
		this.manager.saveOutputFlashMap(out, save, saved);

		Cookie cookie = saved.getCookie(FlashCookieManager.COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getMaxAge()).isEqualTo(180);
		assertThat(sessionMaps(save)).as("nothing in the session").isNull();

		MockHttpServletRequest other = new MockHttpServletRequest("GET", "/progress");
		other.setCookies(cookie);
		MockHttpServletResponse otherResponse = new MockHttpServletResponse();
		assertThat((Object) this.manager.retrieveAndUpdate(other, otherResponse)).as("another page does not take it").isNull();
		assertThat(otherResponse.getCookie(FlashCookieManager.COOKIE)).isNull();

		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/progress/entries/41");
		page.setCookies(cookie);
		MockHttpServletResponse shown = new MockHttpServletResponse();
		FlashMap in = this.manager.retrieveAndUpdate(page, shown);

		Flash flash = (Flash) in.get("flash");
		assertThat(flash.level()).isEqualTo("success");
		assertThat(flash.key()).isEqualTo("progress.saved");
		assertThat(flash.args()).containsExactly("Sở Nội vụ – báo cáo tháng 7", 3, 12L, new BigDecimal("84.70"));
		assertThat(shown.getCookie(FlashCookieManager.COOKIE).getMaxAge()).as("the cookie is removed once shown")
			.isZero();
	}

	@Test
	void anythingButAPlainMessageStaysInTheSession() {
		FlashMap bulk = new FlashMap();
		bulk.setTargetRequestPath("/progress");
		bulk.put("bulkOutcome", List.of("một", "hai"));
		assertThat(FlashCookieManager.write(bulk)).isNull();

		FlashMap withForm = message("/progress", new Flash("danger", "progress.bulk.none", new Object[0]));
		withForm.put("bulkForm", "form");
		assertThat(FlashCookieManager.write(withForm)).isNull();

		assertThat(FlashCookieManager.write(message("/plans", new Flash("success", "plan.saved",
				new Object[] { LocalDate.of(2026, 12, 5) })))).as("a date argument").isNull();
		assertThat(FlashCookieManager.write(message("/plans", new Flash("success", "plan.saved",
				new Object[] { "đ".repeat(2000) })))).as("too long for a cookie").isNull();
		FlashMap withParams = message("/plans", new Flash("success", "plan.saved", new Object[0]));
		withParams.addTargetRequestParam("year", "2026");
		assertThat(FlashCookieManager.write(withParams)).isNull();

		MockHttpServletRequest save = new MockHttpServletRequest("POST", "/progress/bulk");
		MockHttpServletResponse saved = new MockHttpServletResponse();
		this.manager.saveOutputFlashMap(bulk, save, saved);
		assertThat(saved.getCookie(FlashCookieManager.COOKIE)).isNull();
		assertThat(sessionMaps(save)).hasSize(1);

		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/progress");
		page.setSession(save.getSession());
		FlashMap in = this.manager.retrieveAndUpdate(page, new MockHttpServletResponse());
		assertThat(in.get("bulkOutcome")).isEqualTo(List.of("một", "hai"));
		assertThat(sessionMaps(page)).as("taken from the session").isNull();
	}

	@Test
	void aCookieNotOfTheExpectedFormIsIgnored() {
		String good = FlashCookieManager.write(message("/plans", new Flash("warning", "plan.saved", new Object[0])));
		assertThat((Object) FlashCookieManager.read(good)).isNotNull();
		assertThat((Object) FlashCookieManager.read("không phải base64!")).isNull();
		assertThat((Object) FlashCookieManager.read(encode("1\u001f0\u001f/plans\u001fprimary\u001fplan.saved"))).as("level")
			.isNull();
		assertThat((Object) FlashCookieManager.read(encode("1\u001f0\u001f/plans\u001fsuccess\u001f<script>"))).as("key")
			.isNull();
		assertThat((Object) FlashCookieManager.read(encode("2\u001f0\u001f/plans\u001fsuccess\u001fplan.saved"))).as("format")
			.isNull();
		assertThat((Object) FlashCookieManager.read(encode("1\u001fx\u001f/plans\u001fsuccess\u001fplan.saved")))
			.as("expiry").isNull();
		assertThat((Object) FlashCookieManager.read(encode("1\u001f0\u001f/plans\u001fsuccess\u001fplan.saved\u001fxabc")))
			.as("argument kind").isNull();
		assertThat((Object) FlashCookieManager.read(encode("1\u001f0\u001fhttp://evil\u001fsuccess\u001fplan.saved")))
			.as("path").isNull();

		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/plans");
		page.setCookies(new Cookie(FlashCookieManager.COOKIE, "rác"));
		assertThat((Object) this.manager.retrieveAndUpdate(page, new MockHttpServletResponse())).isNull();
	}

	private static FlashMap message(String path, Flash flash) {
		FlashMap map = new FlashMap();
		map.setTargetRequestPath(path);
		map.put("flash", flash);
		return map;
	}

	@SuppressWarnings("unchecked")
	private static List<FlashMap> sessionMaps(MockHttpServletRequest request) {
		return request.getSession(false) == null ? null
				: (List<FlashMap>) request.getSession(false)
					.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
	}

	private static String encode(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
