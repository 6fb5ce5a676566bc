package vn.chiso.common;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

/** A kept part shows each request its own CSRF token wherever the part had one, and nothing else changes. */
class TemplatePartsTests {

	private final TemplateParts parts = new TemplateParts(null, null);

	@Test
	void eachMarkerBecomesTheTokenOfTheRequestThatShowsThePart() {
		String html = "<form><input name=\"_csrf\" value=\"" + TemplateParts.TOKEN_MARKER + "\">Báo cáo</form>"
				+ "<form><input name=\"_csrf\" value=\"" + TemplateParts.TOKEN_MARKER + "\"></form>";
		TemplateParts.Part part = TemplateParts.Part.of(html);

		assertThat(this.parts.forRequest(part, requestWithToken("mã-một"))).isEqualTo(
				"<form><input name=\"_csrf\" value=\"mã-một\">Báo cáo</form><form><input name=\"_csrf\" value=\"mã-một\"></form>");
		assertThat(this.parts.forRequest(part, requestWithToken("khác"))).contains("value=\"khác\">Báo cáo")
			.doesNotContain("mã-một")
			.doesNotContain(TemplateParts.TOKEN_MARKER);
		assertThat(this.parts.forRequest(part, new MockHttpServletRequest())).as("no token in the request")
			.isEqualTo("<form><input name=\"_csrf\" value=\"\">Báo cáo</form><form><input name=\"_csrf\" value=\"\"></form>");
	}

	@Test
	void aPartWithoutFormsIsShownAsItIsAndMarkersAtTheEdgesAreKept() {
		String plain = "<tr><td>Sở Tư pháp</td></tr>";
		assertThat(this.parts.forRequest(TemplateParts.Part.of(plain), requestWithToken("x"))).isSameAs(plain);
		String edges = TemplateParts.TOKEN_MARKER + "giữa" + TemplateParts.TOKEN_MARKER;
		assertThat(this.parts.forRequest(TemplateParts.Part.of(edges), requestWithToken("t"))).isEqualTo("tgiữat");
	}

	private static MockHttpServletRequest requestWithToken(String token) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", token));
		return request;
	}

}
