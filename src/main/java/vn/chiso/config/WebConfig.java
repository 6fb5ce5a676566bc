package vn.chiso.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

import vn.chiso.common.DecimalFormatter;
import vn.chiso.common.VietnameseText;

/**
 * The whole interface is Vietnamese: one fixed locale (dates dd/MM/yyyy, decimal comma). Static files are served from
 * four explicit paths instead of Spring Boot's catch-all {@code /**} ({@code spring.web.resources.add-mappings=false}):
 * with the catch-all, the resource chain tried every link the templates write ({@code /progress/entries/123}…) as a
 * file in every jar's {@code META-INF/resources}, and cached nothing because nothing was found — a third of the
 * request CPU under load (docs/BENCHMARKS.md).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		Locale.setDefault(Locale.Category.FORMAT, VietnameseText.LOCALE);
		return new FixedLocaleResolver(VietnameseText.LOCALE);
	}

	/**
	 * The message after a save travels in a cookie, not the session ({@link FlashCookieManager}). Spring's own flash
	 * map manager is replaced once made: Spring Boot defines the bean, and a second definition under its name would be
	 * refused.
	 */
	@Bean
	static BeanPostProcessor flashInCookies() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME.equals(beanName) && bean instanceof FlashMapManager
						? new FlashCookieManager() : bean;
			}
		};
	}

	/** Every {@code BigDecimal} form field and {@code ${{…}}} reads and writes decimals as {@code Decimals} does. */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(java.math.BigDecimal.class, new DecimalFormatter());
	}

	/**
	 * Error details kept to the status and the request id (docs/SECURITY.md): the JSON error of a client that does not
	 * ask for HTML shows no path, timestamp or reason, and the Vietnamese error pages need nothing more.
	 */
	@Bean
	DefaultErrorAttributes errorAttributes() {
		return new DefaultErrorAttributes() {
			@Override
			public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
				Map<String, Object> all = super.getErrorAttributes(request, options);
				Map<String, Object> shown = new LinkedHashMap<>();
				shown.put("status", all.get("status"));
				Object requestId = request.getAttribute("requestId", RequestAttributes.SCOPE_REQUEST);
				if (requestId != null) {
					shown.put("requestId", requestId);
				}
				return shown;
			}
		};
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String dir : new String[] { "css", "js", "img" }) {
			registry.addResourceHandler("/" + dir + "/**")
				.addResourceLocations("classpath:/static/" + dir + "/")
				.resourceChain(true);
		}
		// version-less WebJar paths (/webjars/bootstrap/css/bootstrap.min.css) resolved to the jar's versioned folder
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
