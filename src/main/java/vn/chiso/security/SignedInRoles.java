package vn.chiso.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The roles of whoever a page is rendered for, as templates ask for them: {@code ${#roles.has('SO_NOI_VU')}},
 * {@code ${#roles.any('QUAN_TRI','SO_NOI_VU')}}, {@code ${#roles.signedIn()}}. Read once per rendered template from the
 * authentication of the request ({@link RolesDialect}); it only decides what a page shows, never what a request may do
 * (that is the security configuration and {@link AccessPolicy}).
 */
public final class SignedInRoles {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final boolean signedIn;

	private final Set<String> authorities;

	SignedInRoles(Authentication authentication) {
		this.signedIn = authentication != null && authentication.isAuthenticated() && !TRUST.isAnonymous(authentication);
		this.authorities = this.signedIn ? authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet()) : Set.of();
	}

	/** Whether someone is signed in (not an anonymous visitor). */
	public boolean signedIn() {
		return this.signedIn;
	}

	/** Whether the signed-in user has this role ({@link Role} name, e.g. {@code SO_NOI_VU}). */
	public boolean has(String role) {
		return this.authorities.contains("ROLE_" + Role.valueOf(role).name());
	}

	/** Whether the signed-in user has at least one of these roles. */
	public boolean any(String... roles) {
		return Arrays.stream(roles).anyMatch(this::has);
	}

}
