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

	/**
	 * A page's kept parts ({@link TemplateParts#inPage}) are written at their markers as their own UTF-8 bytes with the
	 * request's token, the page's text around them as it was; a marker of another page (another nonce) or past the
	 * page's parts stays text; a response in another charset gets the same page through its writer.
	 */
	@Test
	void aPagesKeptPartsAreWrittenAtTheirMarkersWithTheRequestsToken() throws Exception {
		TemplateParts.Part table = TemplateParts.Part.of("<table><tr><td>Sở Nội vụ</td><td>84,70</td></tr></table>");
		TemplateParts.Part form = TemplateParts.Part.of(
				"<form><input name=\"_csrf\" value=\"" + TemplateParts.TOKEN_MARKER + "\">Gửi báo cáo</form>");
		MockHttpServletRequest request = requestWithToken("mã-trang");
		String first = this.parts.inPage(table, request);
		String second = this.parts.inPage(form, request);
		assertThat(first).startsWith("<!--chiso-part:").endsWith(":0-->").doesNotContain("Sở");
		TemplateParts.InPage page = (TemplateParts.InPage) request.getAttribute(TemplateParts.IN_PAGE);
		String forged = "<!--chiso-part:" + Long.toHexString(Long.parseUnsignedLong(page.nonce, 16) + 1) + ":0-->";
		String text = "<main><h1>Tình hình báo cáo</h1>" + first + "<p>giữa</p>" + second + forged
				+ first.replace(":0-->", ":7-->") + "</main>";
		String expected = "<main><h1>Tình hình báo cáo</h1><table><tr><td>Sở Nội vụ</td><td>84,70</td></tr></table>"
				+ "<p>giữa</p><form><input name=\"_csrf\" value=\"mã-trang\">Gửi báo cáo</form>" + forged
				+ first.replace(":0-->", ":7-->") + "</main>";

		org.springframework.mock.web.MockHttpServletResponse utf8 = new org.springframework.mock.web.MockHttpServletResponse();
		utf8.setContentType("text/html;charset=UTF-8");
		KeptPartsView.WithParts response = new KeptPartsView.WithParts(utf8, page);
		response.getWriter().write(text);
		assertThat(utf8.getContentAsByteArray()).as("nothing written before the view is done").isEmpty();
		response.getWriter().flush();
		response.finish();
		assertThat(utf8.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(expected);

		org.springframework.mock.web.MockHttpServletResponse latin = new org.springframework.mock.web.MockHttpServletResponse();
		latin.setContentType("text/html;charset=UTF-16");
		KeptPartsView.WithParts other = new KeptPartsView.WithParts(latin, page);
		other.getWriter().write(text);
		other.finish();
		assertThat(latin.getContentAsString()).isEqualTo(expected);
	}

	private static MockHttpServletRequest requestWithToken(String token) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", token));
		return request;
	}

}
