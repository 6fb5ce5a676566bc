package vn.chiso.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The app's Thymeleaf page view: a page whose model holds kept parts ({@link TemplateParts#inPage}) is written with
 * each part's UTF-8 bytes, encoded once when the part was first shown, where its marker is; only the page's own text
 * is encoded for the request. Thymeleaf builds the whole page before writing anything (no half-written page on an
 * error), so the text arrives in one piece; it is kept until the view is done and then written with the parts. A page
 * without parts is rendered as Thymeleaf renders it.
 */
public class KeptPartsView extends ThymeleafView {

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!(request.getAttribute(TemplateParts.IN_PAGE) instanceof TemplateParts.InPage page)) {
			super.render(model, request, response);
			return;
		}
		WithParts withParts = new WithParts(response, page);
		super.render(model, request, withParts);
		withParts.finish();
	}

	/** Makes the resolver Spring Boot configures give this view. */
	@Component
	static class Registration implements BeanPostProcessor {

		@Override
		public Object postProcessBeforeInitialization(Object bean, String beanName) {
			if (bean instanceof ThymeleafViewResolver resolver) {
				resolver.setViewClass(KeptPartsView.class);
			}
			return bean;
		}

	}

	/** The response as the view writes it: text kept, then written with the parts at their markers. */
	static final class WithParts extends HttpServletResponseWrapper {

		private final TemplateParts.InPage page;

		private @Nullable PrintWriter writer;

		private @Nullable PageWriter text;

		WithParts(HttpServletResponse response, TemplateParts.InPage page) {
			super(response);
			this.page = page;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				this.text = new PageWriter(this);
				this.writer = new PrintWriter(this.text);
			}
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.writer != null) {
				throw new IllegalStateException("getWriter() has already been called");
			}
			return super.getOutputStream();
		}

		@Override
		public void flushBuffer() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			super.flushBuffer();
		}

		@Override
		public void resetBuffer() {
			if (this.text != null) {
				this.text.kept.setLength(0);
			}
			super.resetBuffer();
		}

		@Override
		public void reset() {
			resetBuffer();
			super.reset();
		}

		/** Writes what is left when the view is done. */
		void finish() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
		}

		/**
		 * Writes the page's text and the parts at their markers: bytes to the response's stream when it is UTF-8 (the
		 * parts' own), else through the response's writer.
		 */
		void write(CharSequence text) throws IOException {
			boolean utf8 = StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding());
			OutputStream bytes = utf8 ? super.getOutputStream() : null;
			Writer chars = utf8 ? null : super.getWriter();
			String prefix = "<!--chiso-part:" + this.page.nonce + ":";
			String all = text.toString();
			int from = 0;
			for (int at = all.indexOf(prefix); at >= 0; at = all.indexOf(prefix, from)) {
				int end = all.indexOf("-->", at);
				int index = end < 0 ? -1 : index(all.substring(at + prefix.length(), end));
				if (index < 0 || index >= this.page.parts.size()) {
					break; // not one of this page's markers: written as text
				}
				writeText(all.substring(from, at), bytes, chars);
				TemplateParts.Shown shown = this.page.parts.get(index);
				if (bytes != null) {
					byte[][] pieces = shown.part().utf8();
					byte[] token = shown.token() == null ? new byte[0]
							: shown.token().getBytes(StandardCharsets.UTF_8);
					bytes.write(pieces[0]);
					for (int i = 1; i < pieces.length; i++) {
						bytes.write(token);
						bytes.write(pieces[i]);
					}
				}
				else {
					chars.write(shown.html());
				}
				from = end + 3;
			}
			writeText(from == 0 ? all : all.substring(from), bytes, chars);
			if (bytes != null) {
				bytes.flush();
			}
			else {
				chars.flush();
			}
		}

		private static void writeText(String text, @Nullable OutputStream bytes, @Nullable Writer chars)
				throws IOException {
			if (bytes != null) {
				bytes.write(text.getBytes(StandardCharsets.UTF_8));
			}
			else {
				chars.write(text);
			}
		}

		private static int index(String digits) {
			if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
				return -1;
			}
			return Integer.parseInt(digits);
		}

	}

	/** Keeps what the view writes until it flushes. */
	private static final class PageWriter extends Writer {

		private final StringBuilder kept = new StringBuilder(16 * 1024);

		private final WithParts response;

		PageWriter(WithParts response) {
			this.response = response;
		}

		@Override
		public void write(char[] chars, int offset, int length) {
			this.kept.append(chars, offset, length);
		}

		@Override
		public void write(String text, int offset, int length) {
			this.kept.append(text, offset, offset + length);
		}

		@Override
		public void flush() throws IOException {
			if (!this.kept.isEmpty()) {
				String text = this.kept.toString();
				this.kept.setLength(0);
				this.response.write(text);
			}
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
