package vn.chiso.config;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import vn.chiso.common.VietnameseText;

/** The whole interface is Vietnamese: one fixed locale (dates dd/MM/yyyy, decimal comma). */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		Locale.setDefault(Locale.Category.FORMAT, VietnameseText.LOCALE);
		return new FixedLocaleResolver(VietnameseText.LOCALE);
	}

}
