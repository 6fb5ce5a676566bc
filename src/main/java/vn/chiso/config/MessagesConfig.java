package vn.chiso.config;

import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * The app's messages: the files {@code spring.messages.basename} names, read into one table
 * ({@link MergedMessageSource}) instead of Spring Boot's source of one bundle per file. The answers are the bundles'
 * own: a message without arguments as written, one with arguments through Java's message format, an unknown code an
 * error.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(@Value("${spring.messages.basename}") String basenames) {
		List<String> names = Arrays.stream(basenames.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		return new MergedMessageSource(names, MessagesConfig.class.getClassLoader());
	}

}
