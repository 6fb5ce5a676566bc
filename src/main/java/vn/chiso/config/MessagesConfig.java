package vn.chiso.config;

import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * The app's messages: the files {@code spring.messages.basename} names, read into one table ({@link MergedMessageSource})
 * instead of Spring Boot's bundle-per-file source. No message has arguments filled in without them, and an unknown code
 * is an error, as before. The files are UTF-8.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(@Value("${spring.messages.basename}") String basenames) {
		List<String> names = Arrays.stream(basenames.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		return new MergedMessageSource(names, MessagesConfig.class.getClassLoader());
	}

}
