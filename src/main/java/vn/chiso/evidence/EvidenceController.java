package vn.chiso.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.chiso.security.CurrentUser;

/**
 * Serves evidence files. Who may read is decided on the server for every request ({@link EvidenceService#get}): the
 * agency rule and the owner's rule, whatever the URL. Files go out as attachments with their detected type, never
 * sniffed and never cached; PDFs and images may be shown in the browser with {@code ?inline}.
 */
@Controller
class EvidenceController {

	private final EvidenceService evidence;

	EvidenceController(EvidenceService evidence) {
		this.evidence = evidence;
	}

	@GetMapping({ "/evidence/{id}", "/evidence/{id}/download" })
	void download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		EvidenceFileView file = this.evidence.openForDownload(user, id);
		EvidenceType type = file.type();
		boolean inline = request.getParameterMap().containsKey("inline") && type != null && type.inlineViewable();
		response.setContentType(file.contentType());
		response.setContentLengthLong(file.sizeBytes());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(inline, file.fileName()));
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		this.evidence.writeContent(file, response.getOutputStream());
	}

	/** {@code attachment; filename="Bao cao.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf} (RFC 6266 / RFC 5987). */
	static String contentDisposition(boolean inline, String fileName) {
		return (inline ? "inline" : "attachment") + "; filename=\"" + EvidenceFileNames.asciiFallback(fileName)
				+ "\"; filename*=UTF-8''" + rfc5987(fileName);
	}

	private static String rfc5987(String value) {
		StringBuilder sb = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				sb.append((char) c);
			}
			else {
				sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
			}
		}
		return sb.toString();
	}

}
