package vn.chiso.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every URL the app maps × every role → allowed or refused (403), generated from the app's own request mappings: a new
 * URL without a rule in {@link #RULES} fails this test, so nobody adds a page without deciding who may use it. Path
 * variables are filled with ids that do not exist, so allowed requests end in 404/400/200/302 and change nothing.
 * Agency scoping (another agency's data) is tested by each feature.
 */
@ChiSoIntegrationTest
class AuthorizationMatrixTests {

	private static final Set<Role> ALL = EnumSet.allOf(Role.class);

	private static final Set<Role> ADMIN = EnumSet.of(Role.QUAN_TRI);

	private static final Set<Role> PUBLIC = Set.of();

	private static final Set<Role> REVIEW_OR_ADMIN = EnumSet.of(Role.QUAN_TRI, Role.SO_NOI_VU);

	/** Province-wide scoring views: Sở Nội vụ, provincial leadership, administrators. */
	private static final Set<Role> SCORING_PROVINCE = EnumSet.of(Role.QUAN_TRI, Role.SO_NOI_VU, Role.LANH_DAO_TINH);

	/** Scores are entered by the agency's own staff and head (Sở Nội vụ for its own areas). */
	private static final Set<Role> SCORING_STAFF = EnumSet.of(Role.SO_NOI_VU, Role.LANH_DAO_DON_VI, Role.CAN_BO_DON_VI);

	/** First match wins: URL pattern (Ant style), HTTP methods ("*" = any), roles allowed (PUBLIC = no sign-in needed). */
	static final List<Rule> RULES = List.of(
			new Rule("/login", "GET", PUBLIC),
			new Rule("/error", "*", PUBLIC),
			new Rule("/", "GET", ALL),
			new Rule("/about", "GET", PUBLIC),
			// e-mail notices: the signed unsubscribe link works without signing in; /admin/mail/** is ADMIN below
			new Rule("/unsubscribe", "*", PUBLIC),
			new Rule("/account/**", "*", ALL),
			new Rule("/admin/settings/periods", "GET", EnumSet.of(Role.QUAN_TRI, Role.SO_NOI_VU)),
			// agencies, groups and aliases: Sở Nội vụ sets up the province with the administrators
			new Rule("/admin/agencies", "*", REVIEW_OR_ADMIN),
			new Rule("/admin/agencies/**", "*", REVIEW_OR_ADMIN),
			new Rule("/admin/agency-groups", "*", REVIEW_OR_ADMIN),
			new Rule("/admin/agency-groups/**", "*", REVIEW_OR_ADMIN),
			new Rule("/admin/agency-aliases", "*", REVIEW_OR_ADMIN),
			new Rule("/admin/agency-aliases/**", "*", REVIEW_OR_ADMIN),
			new Rule("/admin/**", "*", ADMIN),
			new Rule("/audit/**", "*", EnumSet.of(Role.QUAN_TRI, Role.SO_NOI_VU)),
			// catalog: everyone reads; Sở Nội vụ and administrators keep published results and targets
			new Rule("/catalog/results/*/*/edit", "*", REVIEW_OR_ADMIN),
			new Rule("/catalog/targets/new", "*", REVIEW_OR_ADMIN),
			new Rule("/catalog/targets/*/edit", "*", REVIEW_OR_ADMIN),
			new Rule("/catalog/targets/*/delete", "*", REVIEW_OR_ADMIN),
			// plans: everyone reads; Sở Nội vụ and administrators create, edit and import
			new Rule("/plans/import/**", "*", REVIEW_OR_ADMIN),
			new Rule("/plans/import", "*", REVIEW_OR_ADMIN),
			new Rule("/plans/new", "*", REVIEW_OR_ADMIN),
			new Rule("/plans/*/edit", "*", REVIEW_OR_ADMIN),
			new Rule("/plans/*/status", "*", REVIEW_OR_ADMIN),
			new Rule("/plans/*/delete", "*", REVIEW_OR_ADMIN),
			new Rule("/plans/*/sections", "*", REVIEW_OR_ADMIN),
			new Rule("/plans/*/tasks/new", "*", REVIEW_OR_ADMIN),
			new Rule("/plans/tasks/*/edit", "*", REVIEW_OR_ADMIN),
			new Rule("/plans/tasks/*/delete", "*", REVIEW_OR_ADMIN),
			new Rule("/plans/**", "GET", ALL),
			new Rule("/plans", "GET", ALL),
			new Rule("/catalog/**", "GET", ALL),
			new Rule("/catalog", "GET", ALL),
			// evidence downloads: every signed-in user, narrowed per file by agency and owner rules in the service
			new Rule("/evidence/**", "GET", ALL),
			// reports: the page is for everyone; which report and agency a user may download is checked by the
			// service (an agency only its own agency report) and tested in ReportControllerTests
			new Rule("/reports", "GET", ALL),
			new Rule("/reports/**", "*", ALL),
			new Rule("/audit", "*", EnumSet.of(Role.QUAN_TRI, Role.SO_NOI_VU)),
			new Rule("/setup", "GET", EnumSet.of(Role.QUAN_TRI, Role.SO_NOI_VU)),
			// scoring (tự chấm điểm): agency scoping of areas and criteria is checked in the services
			new Rule("/scoring", "GET", ALL),
			new Rule("/scoring/rounds", "POST", EnumSet.of(Role.SO_NOI_VU)),
			new Rule("/scoring/rounds/{roundId}", "GET", SCORING_PROVINCE),
			new Rule("/scoring/rounds/{roundId}/lost-points", "GET", SCORING_PROVINCE),
			new Rule("/scoring/rounds/{roundId}/close", "GET", EnumSet.of(Role.SO_NOI_VU)),
			new Rule("/scoring/years/{year}", "GET", SCORING_PROVINCE),
			new Rule("/scoring/rounds/{roundId}/areas/{areaId}", "GET", ALL),
			new Rule("/scoring/rounds/{roundId}/criteria/{criterionId}", "GET", ALL),
			new Rule("/scoring/rounds/{roundId}/areas/{areaId}/approve", "POST", EnumSet.of(Role.LANH_DAO_DON_VI)),
			new Rule("/scoring/rounds/{roundId}/areas/{areaId}/send-back", "POST", EnumSet.of(Role.LANH_DAO_DON_VI)),
			new Rule("/scoring/rounds/{roundId}/areas/{areaId}/return", "POST", EnumSet.of(Role.SO_NOI_VU)),
			new Rule("/scoring/rounds/{roundId}/criteria/{criterionId}/appraisal", "POST", EnumSet.of(Role.SO_NOI_VU)),
			new Rule("/scoring/rounds/{roundId}/areas/**", "POST", SCORING_STAFF),
			new Rule("/scoring/rounds/{roundId}/criteria/**", "POST", SCORING_STAFF),
			new Rule("/scoring/**", "POST", EnumSet.of(Role.SO_NOI_VU)),
			// agency scoring (chấm điểm cơ quan): agency scoping of assessments is checked in AgencyAssessmentService
			new Rule("/agency-scoring", "GET", ALL),
			new Rule("/agency-scoring/rounds", "POST", EnumSet.of(Role.SO_NOI_VU)),
			new Rule("/agency-scoring/rounds/{roundId}", "GET", ALL),
			new Rule("/agency-scoring/rounds/{roundId}/ranking", "GET", SCORING_PROVINCE),
			new Rule("/agency-scoring/rounds/{roundId}/finalise", "POST", EnumSet.of(Role.SO_NOI_VU)),
			new Rule("/agency-scoring/rounds/{roundId}/settings", "POST", EnumSet.of(Role.SO_NOI_VU)),
			new Rule("/agency-scoring/assessments/{id}", "GET", ALL),
			new Rule("/agency-scoring/assessments/{id}/approve", "POST", EnumSet.of(Role.LANH_DAO_DON_VI)),
			new Rule("/agency-scoring/assessments/{id}/criteria/{criterionId}/appraisal", "POST",
					EnumSet.of(Role.SO_NOI_VU)),
			new Rule("/agency-scoring/assessments/{id}/criteria/{criterionId}/final", "POST", EnumSet.of(Role.SO_NOI_VU)),
			new Rule("/agency-scoring/assessments/**", "POST", SCORING_STAFF),
			// progress: agency scoping and entry states are checked in ProgressService (ProgressWebTests)
			new Rule("/progress/entries/*/accept", "POST", EnumSet.of(Role.SO_NOI_VU)),
			new Rule("/progress/entries/*/return", "POST", EnumSet.of(Role.SO_NOI_VU)),
			new Rule("/progress/entries/*/reopen", "POST", EnumSet.of(Role.SO_NOI_VU)),
			new Rule("/progress/entries/**", "POST", EnumSet.of(Role.CAN_BO_DON_VI, Role.LANH_DAO_DON_VI, Role.SO_NOI_VU)),
			new Rule("/progress/entries/*", "GET", ALL),
			// the period screen and its workbook: the agency's own staff and head (Sở Nội vụ for its own agency)
			new Rule("/progress/periods/**", "*", EnumSet.of(Role.CAN_BO_DON_VI, Role.LANH_DAO_DON_VI, Role.SO_NOI_VU)),
			new Rule("/progress/rounds/*/accept", "POST", EnumSet.of(Role.SO_NOI_VU)),
			new Rule("/progress/rounds/*/remind", "POST", EnumSet.of(Role.SO_NOI_VU)),
			new Rule("/progress/rounds/**", "POST", EnumSet.of(Role.SO_NOI_VU, Role.QUAN_TRI)),
			new Rule("/progress/rounds", "POST", EnumSet.of(Role.SO_NOI_VU, Role.QUAN_TRI)),
			new Rule("/progress/rounds/**", "GET", EnumSet.of(Role.SO_NOI_VU, Role.QUAN_TRI, Role.LANH_DAO_TINH)),
			new Rule("/progress/rounds", "GET", EnumSet.of(Role.SO_NOI_VU, Role.QUAN_TRI, Role.LANH_DAO_TINH)),
			new Rule("/progress/deputies/**", "*", EnumSet.of(Role.LANH_DAO_DON_VI)),
			new Rule("/progress/deputies", "*", EnumSet.of(Role.LANH_DAO_DON_VI)),
			new Rule("/progress/approvals", "GET", EnumSet.of(Role.CAN_BO_DON_VI, Role.LANH_DAO_DON_VI, Role.SO_NOI_VU)),
			new Rule("/progress", "GET", ALL),
			new Rule("/progress/reminders", "GET", ALL));

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Fixtures fixtures;

	Map<Role, CurrentUser> users;

	@BeforeEach
	void users() {
		AgencyView dept = this.fixtures.department("Sở thử ma trận quyền");
		this.users = Map.of(Role.QUAN_TRI, this.fixtures.user(Role.QUAN_TRI, null), Role.SO_NOI_VU,
				this.fixtures.user(Role.SO_NOI_VU, dept), Role.LANH_DAO_TINH, this.fixtures.user(Role.LANH_DAO_TINH, null),
				Role.LANH_DAO_DON_VI, this.fixtures.user(Role.LANH_DAO_DON_VI, dept), Role.CAN_BO_DON_VI,
				this.fixtures.user(Role.CAN_BO_DON_VI, dept));
	}

	@Test
	void everyMappedUrlHasARuleAndEachRoleGetsWhatTheRuleSays() throws Exception {
		List<String> unruled = new ArrayList<>();
		List<String> violations = new ArrayList<>();
		Set<String> checked = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					Rule rule = RULES.stream().filter(r -> r.matches(pattern, method.name())).findFirst().orElse(null);
					if (rule == null) {
						unruled.add(method + " " + pattern);
						continue;
					}
					String url = pattern.replaceAll("\\{[^}]+}", "987654321");
					checked.add(method + " " + pattern);
					for (Role role : Role.values()) {
						int status = perform(method, url, role);
						boolean allowed = rule.roles() == PUBLIC || rule.roles().contains(role);
						if (allowed && status == 403) {
							violations.add(role + " refused " + method + " " + url);
						}
						if (!allowed && status != 403) {
							violations.add(role + " got " + status + " for " + method + " " + url);
						}
					}
					if (rule.roles() != PUBLIC) {
						int anonymous = performAnonymous(method, url);
						if (anonymous != 302 && anonymous != 403) {
							violations.add("anonymous got " + anonymous + " for " + method + " " + url);
						}
					}
				}
			}
		}
		assertThat(unruled).as("URLs without an authorization rule in AuthorizationMatrixTests.RULES").isEmpty();
		assertThat(violations).isEmpty();
		assertThat(checked).contains("GET /admin/users", "POST /admin/agencies/new", "GET /audit");
	}

	private int perform(RequestMethod method, String url, Role role) throws Exception {
		MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method.name()), url)
			.with(user(this.users.get(role)));
		if (method != RequestMethod.GET) {
			builder = builder.with(csrf());
		}
		return this.mvc.perform(builder).andReturn().getResponse().getStatus();
	}

	private int performAnonymous(RequestMethod method, String url) throws Exception {
		MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method.name()), url);
		if (method != RequestMethod.GET) {
			builder = builder.with(csrf());
		}
		return this.mvc.perform(builder).andReturn().getResponse().getStatus();
	}

	record Rule(String pattern, String method, Set<Role> roles) {

		private static final AntPathMatcher MATCHER = new AntPathMatcher();

		boolean matches(String mappedPattern, String httpMethod) {
			return ("*".equals(this.method) || this.method.equals(httpMethod))
					&& (MATCHER.match(this.pattern, mappedPattern) || this.pattern.equals(mappedPattern));
		}

	}

}
