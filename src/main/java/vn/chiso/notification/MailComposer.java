package vn.chiso.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders messages from the Thymeleaf templates in {@code templates/mail/}: each message in HTML ({@code *.html}) and
 * plain text ({@code *.txt}), in Vietnamese from the message bundles, with absolute links to the app's public URL.
 */
@Component
class MailComposer {

	static final Locale VI = Locale.forLanguageTag("vi-VN");

	private final SpringTemplateEngine engine;

	private final MessageSource messages;

	private final MailProperties properties;

	private final UnsubscribeTokens tokens;

	MailComposer(MessageSource messages, MailProperties properties, UnsubscribeTokens tokens) {
		this.messages = messages;
		this.properties = properties;
		this.tokens = tokens;
		this.engine = new SpringTemplateEngine();
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
		this.engine.setTemplateEngineMessageSource(messages);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
		r.setPrefix("templates/mail/");
		r.setTemplateMode(mode);
		r.setResolvablePatterns(java.util.Set.of(pattern));
		r.setCharacterEncoding("UTF-8");
		r.setCacheable(true);
		r.setOrder(order);
		return r;
	}

	/** One line of a message: what, a detail, and the link straight to it. */
	record Line(String title, String detail, String url) {
	}

	/** A titled list of lines. */
	record Section(String title, List<Line> lines) {
	}

	/** A rendered message. */
	record Rendered(String subject, String html, String text) {
	}

	/**
	 * The daily digest.
	 * @param reports how many reports the sections stand for, each once (the subject's count; a section lists at most
	 * a few dozen of them, and a late agency's line stands for all its late reports)
	 */
	Rendered digest(Recipient to, LocalDate day, List<Section> sections, int reports) {
		String subject = text("mail.digest.subject", day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
				reports);
		return render("digest", to, subject, Map.of("day", day, "sections", sections));
	}

	/**
	 * A notice about one matter.
	 * @param intro the opening sentence
	 * @param quoteLabel what the quote is (the reviewer's comment, the reason), null for none
	 */
	Rendered notice(Recipient to, String subject, String intro, String quoteLabel, String quote, List<Line> lines) {
		java.util.HashMap<String, Object> vars = new java.util.HashMap<>();
		vars.put("intro", intro);
		vars.put("quoteLabel", quoteLabel);
		vars.put("quote", quote);
		vars.put("lines", lines);
		return render("notice", to, subject, vars);
	}

	private Rendered render(String template, Recipient to, String subject, Map<String, Object> variables) {
		Context context = new Context(VI);
		context.setVariables(variables);
		context.setVariable("subject", subject);
		context.setVariable("recipientName", to.fullName());
		context.setVariable("appUrl", this.properties.link("/"));
		context.setVariable("preferencesUrl", this.properties.link("/account/notifications"));
		context.setVariable("unsubscribeUrl", this.properties.link("/unsubscribe?token=" + this.tokens.sign(to.userId())));
		String html = this.engine.process(template + ".html", context);
		String text = this.engine.process(template + ".txt", context);
		return new Rendered(subject, html, text);
	}

	String link(String path) {
		return this.properties.link(path);
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, VI);
	}

}
