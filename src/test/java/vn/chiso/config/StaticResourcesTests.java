package vn.chiso.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import vn.chiso.ChiSoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files come from four paths only. Spring Boot's catch-all mapping made the resource chain look up every link of
 * every page (/progress/entries/123…) in every jar: a third of the request CPU in the load test.
 */
@ChiSoIntegrationTest
class StaticResourcesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider urls;

	@Test
	void theAppsOwnFilesAndTheWebJarsAreServedWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/css/app.css")).andExpect(status().isOk());
		this.mvc.perform(get("/js/app.js")).andExpect(status().isOk());
		this.mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bootstrap")));
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void pageLinksAreNotLookedUpAsFiles() {
		assertThat(this.urls.getHandlerMap()).containsOnlyKeys("/css/**", "/js/**", "/img/**", "/webjars/**");
		assertThat(this.urls.getForLookupPath("/progress/entries/123")).isNull();
		// version-less WebJar links in the templates still get the jar's versioned path
		assertThat(this.urls.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"))
			.matches("/webjars/bootstrap/5\\.[0-9.]+/css/bootstrap\\.min\\.css");
	}

}
