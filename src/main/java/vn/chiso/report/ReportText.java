package vn.chiso.report;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The Vietnamese texts of the reports (i18n/report.properties), for export components that run outside a request. */
public final class ReportText {

	static final Locale VI = Locale.forLanguageTag("vi-VN");

	private final MessageSource messages;

	public ReportText(MessageSource messages) {
		this.messages = messages;
	}

	/** The texts straight from the bundle, without Spring (tests, benchmark). */
	public static ReportText standalone() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/report", "i18n/entry", "i18n/catalog", "i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return new ReportText(source);
	}

	public String get(String key, Object... args) {
		return this.messages.getMessage(key, args, key, VI);
	}

}
