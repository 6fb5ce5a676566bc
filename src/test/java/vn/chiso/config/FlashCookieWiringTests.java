package vn.chiso.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;

import vn.chiso.ChiSoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application carries its messages after a save in a cookie ({@link FlashCookieManager}): the flash map
 * manager the dispatcher looks up by name is the cookie one, not Spring Boot's session one.
 */
@ChiSoIntegrationTest
class FlashCookieWiringTests {

	@Autowired
	ApplicationContext context;

	@Test
	void theDispatchersFlashMapManagerIsTheCookieOne() {
		assertThat(this.context.getBean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME, FlashMapManager.class))
			.isInstanceOf(FlashCookieManager.class);
	}

}
