package vn.chiso.schedule;

import org.springframework.context.support.ResourceBundleMessageSource;

import vn.chiso.common.VietnameseText;

/**
 * Vietnamese texts of this package read straight from i18n/progress.properties, so that plain objects (the timing
 * parser, period labels) speak Vietnamese without a Spring context: the plan importer and unit tests create them with
 * {@code new}. Arguments are passed as strings so years never get a thousands separator.
 */
final class ScheduleMessages {

	private static final ResourceBundleMessageSource SOURCE = createSource();

	private ScheduleMessages() {
	}

	static String get(String key, Object... args) {
		return SOURCE.getMessage(key, args, VietnameseText.LOCALE);
	}

	private static ResourceBundleMessageSource createSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/progress");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
