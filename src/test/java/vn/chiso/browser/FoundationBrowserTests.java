package vn.chiso.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Signs in as each role in a real browser: the right menu, a page of another role refused, a wrong password shown. */
class FoundationBrowserTests extends BrowserTestSupport {

	@Autowired
	Fixtures fixtures;

	@Test
	void eachRoleSeesItsMenuAndIsRefusedOtherRolesPages() throws Exception {
		AgencyView dept = this.fixtures.department("Sở Tư pháp (thử trình duyệt)");
		Map<Role, CurrentUser> users = Map.of(Role.QUAN_TRI, this.fixtures.user(Role.QUAN_TRI, null), Role.SO_NOI_VU,
				this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ (thử trình duyệt)")),
				Role.LANH_DAO_TINH, this.fixtures.user(Role.LANH_DAO_TINH, null), Role.LANH_DAO_DON_VI,
				this.fixtures.user(Role.LANH_DAO_DON_VI, dept), Role.CAN_BO_DON_VI,
				this.fixtures.user(Role.CAN_BO_DON_VI, dept));
		Map<Role, List<String>> expectedMenus = Map.of(Role.QUAN_TRI, List.of("home", "audit", "admin"), Role.SO_NOI_VU,
				List.of("home", "audit"), Role.LANH_DAO_TINH, List.of("home"), Role.LANH_DAO_DON_VI, List.of("home"),
				Role.CAN_BO_DON_VI, List.of("home"));

		for (Role role : Role.values()) {
			CurrentUser user = users.get(role);
			login(user.getUsername(), Fixtures.PASSWORD);
			assertThat(bodyText()).as(role + " home").contains("Xin chào, " + user.fullName());
			List<String> menus = driver.findElements(By.cssSelector("#mainMenu [data-menu]"))
				.stream()
				.filter(WebElement::isDisplayed)
				.map(e -> e.getAttribute("data-menu"))
				.toList();
			assertThat(menus).as(role + " menu").containsAll(expectedMenus.get(role));
			if (role != Role.QUAN_TRI) {
				assertThat(menus).as(role + " has no admin menu").doesNotContain("admin");
				open("/admin/users");
				assertThat(driver.findElement(By.id("errorPage")).getAttribute("data-status")).isEqualTo("403");
				assertThat(bodyText()).contains("Không có quyền truy cập");
			}
			else {
				// the list is paged: the staff account is found with its search
				open("/admin/users?q=" + users.get(Role.CAN_BO_DON_VI).getUsername());
				assertThat(bodyText()).contains("Người dùng").contains(users.get(Role.CAN_BO_DON_VI).getUsername());
				screenshot("admin-users");
			}
			logout();
		}
	}

	@Test
	void wrongPasswordIsExplainedInVietnamese() throws Exception {
		CurrentUser user = this.fixtures.user(Role.LANH_DAO_TINH, null);
		open("/login");
		screenshot("login");
		driver.findElement(By.id("username")).sendKeys(user.getUsername());
		driver.findElement(By.id("password")).sendKeys("khong-dung-1");
		driver.findElement(By.id("loginButton")).click();
		assertThat(waitUntil(By.id("loginError")).getText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
		assertThat(driver.getCurrentUrl()).endsWith("/login?error");
	}

	@Test
	void theSessionCookieChangesAtSignInAndTextSizeCanBeEnlarged() throws Exception {
		CurrentUser user = this.fixtures.user(Role.LANH_DAO_TINH, null);
		driver.manage().deleteAllCookies();
		// the sign-in page itself opens no session; the visit of a page that needs one does (it remembers the page)
		open("/login");
		assertThat(driver.manage().getCookieNamed("SESSION")).isNull();
		open("/plans");
		Cookie before = driver.manage().getCookieNamed("SESSION");
		driver.findElement(By.id("username")).sendKeys(user.getUsername());
		driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		driver.findElement(By.id("loginButton")).click();
		waitUntil(By.id("logoutButton"));
		open("/");
		waitUntil(By.id("homeCards"));
		Cookie after = driver.manage().getCookieNamed("SESSION");
		assertThat(before).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		assertThat(after.isHttpOnly()).isTrue();

		driver.findElement(By.cssSelector("[data-text-size=large]")).click();
		assertThat(driver.findElement(By.tagName("html")).getAttribute("class")).contains("text-large");
		open("/");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("class")).as("remembered").contains("text-large");
		screenshot("home-large-text");
		driver.findElement(By.cssSelector("[data-text-size=normal]")).click();
		logout();
	}

}
