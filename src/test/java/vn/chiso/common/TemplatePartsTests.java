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

	@Test
	void indentationBetweenTagsBecomesOneLineBreakAndTextAndVerbatimContentStay() {
		String html = "<tr>\n    \n  <td class=\"a\">\n      <span>Chủ trì</span> <span>Nháp</span>\n    </td>\n"
				+ "  <td><div class=\"text-prewrap\">Dòng một\n    Dòng hai   </div></td>\n"
				+ "  <td><TEXTAREA name=\"results\">\n  >  \n   <b>  </textarea>\n   <pre>  <i>\n   </i></pre>\n"
				+ "  <script>if (a >\n   <b) {}</script>\n  <textarea></textarea>\n</td></tr>";
		assertThat(TemplateParts.compact(html)).isEqualTo("<tr>\n<td class=\"a\">\n<span>Chủ trì</span> <span>Nháp</span>\n"
				+ "</td>\n<td><div class=\"text-prewrap\">Dòng một\n    Dòng hai   </div></td>\n"
				+ "<td><TEXTAREA name=\"results\">\n  >  \n   <b>  </textarea>\n<pre>  <i>\n   </i></pre>\n"
				+ "<script>if (a >\n   <b) {}</script>\n<textarea></textarea>\n</td></tr>");
		assertThat(TemplateParts.compact("<p>không đổi</p>  <p>x</p>")).as("no line break: kept")
			.isEqualTo("<p>không đổi</p>  <p>x</p>");
		assertThat(TemplateParts.compact("<pre>chưa đóng\n   <b>")).isEqualTo("<pre>chưa đóng\n   <b>");
	}

	private static MockHttpServletRequest requestWithToken(String token) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", token));
		return request;
	}

}
