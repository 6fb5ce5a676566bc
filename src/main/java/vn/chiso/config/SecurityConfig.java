package vn.chiso.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.chiso.security.DeniedAccessHandler;
import vn.chiso.security.LoginHandlers;
import vn.chiso.security.LoginThrottleFilter;
import vn.chiso.security.LoginThrottleService;
import vn.chiso.security.TemporaryPasswordFilter;

/**
 * The one security chain: public paths, then role rules by URL, then authenticated for everything else. Agency scoping
 * (a user sees only the own agency's drafts) is enforced in the services through {@code AccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	/** Only the app's own assets; no inline scripts or styles. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final String[] PUBLIC_PATHS = { "/login", "/webjars/**", "/css/**", "/js/**", "/img/**",
			"/favicon.ico", "/error", "/about", "/actuator/health", "/actuator/health/**",
			// the unsubscribe link of every e-mail: signed, and allows nothing but turning that person's e-mail off
			"/unsubscribe" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginHandlers loginHandlers,
			LoginThrottleService throttle, TemporaryPasswordFilter.PasswordChangeState passwordChangeState)
			throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			// Sở Nội vụ may read the reporting period settings; changing them stays with administrators
			.requestMatchers(HttpMethod.GET, "/admin/settings/periods")
			.hasAnyRole("QUAN_TRI", "SO_NOI_VU")
			// Sở Nội vụ sets up the province's agencies, groups and aliases with the administrators
			.requestMatchers("/admin/agencies", "/admin/agencies/**", "/admin/agency-groups", "/admin/agency-groups/**",
					"/admin/agency-aliases", "/admin/agency-aliases/**")
			.hasAnyRole("QUAN_TRI", "SO_NOI_VU")
			.requestMatchers("/actuator/**", "/admin/**")
			.hasRole("QUAN_TRI")
			// plan management; the services check the same rule (AccessPolicy.checkManagePlans)
			.requestMatchers("/plans/import", "/plans/import/**", "/plans/new", "/plans/*/edit", "/plans/*/status", "/plans/*/delete",
					"/plans/*/sections", "/plans/*/tasks/new", "/plans/tasks/*/edit", "/plans/tasks/*/delete")
			.hasAnyRole("QUAN_TRI", "SO_NOI_VU")
			.requestMatchers("/audit/**", "/setup")
			.hasAnyRole("QUAN_TRI", "SO_NOI_VU")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(loginHandlers.successHandler())
				.failureHandler(loginHandlers.failureHandler())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies("JSESSIONID", "SESSION"))
			.exceptionHandling(ex -> ex.accessDeniedHandler(new DeniedAccessHandler())
				.defaultAuthenticationEntryPointFor(
					(request, response, e) -> {
						// htmx requests whose session has expired reload the page, which then goes to the login page
						response.setHeader("HX-Refresh", "true");
						response.setStatus(HttpStatus.UNAUTHORIZED.value());
					}, new RequestHeaderRequestMatcher("HX-Request"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						request -> true))
			// the CSRF token in an HttpOnly cookie (double submit), not in the session: an anonymous visit of the sign-in
			// page then writes no session row (3 000 visits wrote 3 000 rows kept for an hour)
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokenRepository()))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new TemporaryPasswordFilter(passwordChangeState), AuthorizationFilter.class);
		return http.build();
	}

	private static CookieCsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax").path("/"));
		return repository;
	}

	/**
	 * Requests Spring Security's firewall refuses before the chain ({@code ;jsessionid=}, {@code /..;/} inside a
	 * path): 400 with the same security headers as every page, then the Vietnamese error page (or the JSON error).
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, ex) -> {
			response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Referrer-Policy", "same-origin");
			response.setHeader("Cache-Control", "no-store");
			response.sendError(HttpStatus.BAD_REQUEST.value());
		};
	}

	/** The session cookie: HttpOnly, SameSite=Lax, Secure whenever the request came over HTTPS (behind the proxy too). */
	@Bean
	CookieSerializer cookieSerializer() {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName("SESSION");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setCookiePath("/");
		return serializer;
	}

	/**
	 * Parallel requests of one session (several tabs, a page firing htmx requests at once) may each add the same new
	 * attribute; Spring Session's plain INSERT then failed on the primary key (a 500). Its PostgreSQL customizer writes
	 * attributes with {@code INSERT ... ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE}.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/** Spring Session's transactions: a session is read without one ({@link SessionTransactions}). */
	@Bean("springSessionTransactionOperations")
	SessionTransactions springSessionTransactionOperations(PlatformTransactionManager transactions) {
		return new SessionTransactions(transactions);
	}

	/**
	 * The application's {@link TransactionTemplate}, as Spring Boot makes it: Spring Boot makes none once another
	 * {@code TransactionOperations} bean exists (the session transactions above).
	 */
	@Bean
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
		return new TransactionTemplate(transactions);
	}

	/**
	 * The sessions every request and {@code UserSessions} use: Spring Session's JDBC repository, as Spring Boot sets it
	 * up (and cleans it), with the last access written once a minute and the signed-in user's security context read
	 * from its bytes once ({@link SessionAttributeConversion}). Wrapped after it is made, because a session repository
	 * bean of our own would turn Spring Boot's set-up off.
	 */
	@Bean
	static BeanPostProcessor lastAccessThrottledSessions(ObjectProvider<SessionTransactions> transactions) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof JdbcIndexedSessionRepository sessions)) {
					return bean;
				}
				sessions.setConversionService(SessionAttributeConversion.create(SecurityConfig.class.getClassLoader()));
				return new LastAccessThrottledSessions(sessions, transactions.getIfAvailable());
			}
		};
	}

	/**
	 * Just before Spring Session's filter: the sessions a request saves are remembered until it ends, so that Spring
	 * Session's second save of the request does not read the session again ({@link LastAccessThrottledSessions}).
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionReadOncePerRequest(
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						if (sessions instanceof LastAccessThrottledSessions throttled) {
							throttled.readOncePerRequest(() -> chain.doFilter(request, response));
						}
						else {
							chain.doFilter(request, response);
						}
					}
				});
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	/**
	 * Sign-in by username and password. Nothing is said about an account before its password is right: Spring's usual
	 * check of the enabled flag comes before the password, so a disabled account answered "locked" to any password
	 * while an unknown one got the usual error (account enumeration). Here a disabled account is named only after the
	 * right password; otherwise it gets the same error as any wrong password.
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("disabled");
			}
		});
		return provider;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
