package vn.chiso.config;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * The page for requests that Tomcat refuses itself, before the application sees them ({@code /%zz}, {@code /..;/},
 * invalid characters): a short Vietnamese page with the same security headers as every page of the app, instead of
 * Tomcat's English report without them. Errors the application answered itself (its own error pages) are left alone.
 */
public class RefusedRequestValve extends ErrorReportValve {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="vi"><head><meta charset="UTF-8"><title>Yêu cầu không hợp lệ – ChiSo</title>
			<link rel="stylesheet" href="/css/app.css"></head>
			<body><main class="error-page text-center py-5" id="errorPage" data-status="%1$d">
			<p class="display-4 text-muted mb-0">%1$d</p>
			<h1 class="h3">%2$s</h1>
			<p class="lead">%3$s</p>
			<a class="btn btn-primary" href="/">Về trang chủ</a>
			</main></body></html>
			""";

	public RefusedRequestValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		boolean badRequest = status < 500;
		String title = badRequest ? "Yêu cầu không hợp lệ" : "Lỗi hệ thống";
		String text = badRequest ? "Địa chỉ hoặc dữ liệu gửi lên không đúng định dạng. Vui lòng kiểm tra lại đường dẫn."
				: "Hệ thống gặp sự cố. Vui lòng thử lại sau.";
		try {
			response.setContentType("text/html;charset=UTF-8");
			response.setHeader("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY);
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Referrer-Policy", "same-origin");
			response.setHeader("Cache-Control", "no-store");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(PAGE.formatted(status, title, text));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone or the response cannot be written: nothing more to say
		}
	}

}
