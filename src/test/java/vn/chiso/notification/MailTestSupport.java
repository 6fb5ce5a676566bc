package vn.chiso.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reading the messages GreenMail received: who to, the HTML and text parts, the entries they link to. */
final class MailTestSupport {

	private MailTestSupport() {
	}

	static int freePort() {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A received message, decoded. */
	record Received(String to, String subject, String html, String text, String messageId) {

		/** The entry ids the HTML links to, in order. */
		List<Long> entryLinks() {
			return links(this.html);
		}

		/** The entry ids the plain text links to. */
		List<Long> textEntryLinks() {
			return links(this.text);
		}

		private static List<Long> links(String body) {
			List<Long> ids = new ArrayList<>();
			Matcher m = Pattern.compile("/progress/entries/(\\d+)").matcher(body);
			while (m.find()) {
				ids.add(Long.parseLong(m.group(1)));
			}
			return ids;
		}

		Set<Long> entrySet() {
			return new LinkedHashSet<>(entryLinks());
		}

	}

	static List<Received> decode(MimeMessage[] messages) {
		return Arrays.stream(messages).map(MailTestSupport::decode).toList();
	}

	static Received decode(MimeMessage m) {
		try {
			StringBuilder html = new StringBuilder();
			StringBuilder text = new StringBuilder();
			collect(m, html, text);
			return new Received(m.getAllRecipients()[0].toString().replaceAll(".*<(.*)>.*", "$1"), m.getSubject(),
					html.toString(), text.toString(), m.getMessageID());
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void collect(Part part, StringBuilder html, StringBuilder text)
			throws MessagingException, IOException {
		if (part.isMimeType("text/html")) {
			html.append(part.getContent());
		}
		else if (part.isMimeType("text/plain")) {
			text.append(part.getContent());
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart mp = (Multipart) part.getContent();
			for (int i = 0; i < mp.getCount(); i++) {
				BodyPart bp = mp.getBodyPart(i);
				collect(bp, html, text);
			}
		}
	}

}
