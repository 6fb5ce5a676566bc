package vn.chiso.config;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session attributes to bytes and back ({@link SessionAttributeConversion}): a security context's authentication is
 * read from given bytes once and shared by later reads of the same bytes, each in a context of its own; anything else
 * is read anew every time.
 */
class SessionAttributeConversionTests {

	private final GenericConversionService conversion = SessionAttributeConversion
		.create(getClass().getClassLoader());

	@Test
	void theSameStoredContextGivesTheSameAuthenticationInAContextOfItsOwn() {
		byte[] stored = bytes(context(user(7L, "so05.canbo", "Nguyễn Thị Hà", 5L)));

		SecurityContext first = read(stored);
		SecurityContext second = read(stored);

		assertThat(second).isNotSameAs(first);
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
		CurrentUser user = (CurrentUser) second.getAuthentication().getPrincipal();
		assertThat(user.id()).isEqualTo(7L);
		assertThat(user.fullName()).isEqualTo("Nguyễn Thị Hà");
		assertThat(user.agencyId()).isEqualTo(5L);
		assertThat(second.getAuthentication().getAuthorities()).extracting(Object::toString)
			.containsExactly(Role.CAN_BO_DON_VI.authority());

		first.setAuthentication(null); // signing out empties the context of that request
		assertThat(read(stored).getAuthentication()).isSameAs(second.getAuthentication());
		assertThat(second.getAuthentication()).isNotNull();
	}

	@Test
	void differentStoredContextsNeverShareAnAuthentication() {
		SecurityContext staff = read(bytes(context(user(7L, "so05.canbo", "Nguyễn Thị Hà", 5L))));
		SecurityContext other = read(bytes(context(user(8L, "so07.canbo", "Trần Văn Đức", 7L))));
		SecurityContext changed = read(bytes(context(user(7L, "so05.canbo", "Nguyễn Thị Hà", 9L))));

		assertThat(((CurrentUser) other.getAuthentication().getPrincipal()).id()).isEqualTo(8L);
		assertThat(((CurrentUser) changed.getAuthentication().getPrincipal()).agencyId()).isEqualTo(9L);
		assertThat(staff.getAuthentication()).isNotSameAs(other.getAuthentication())
			.isNotSameAs(changed.getAuthentication());
	}

	@Test
	void otherAttributesAreReadAnewEveryTime() {
		List<String> flash = new ArrayList<>(List.of("Đã lưu báo cáo"));
		byte[] stored = bytes(flash);

		Object first = this.conversion.convert(stored, Object.class);
		Object second = this.conversion.convert(stored, Object.class);

		assertThat(first).isEqualTo(flash).isNotSameAs(second);
		assertThat(second).isEqualTo(flash);
		SecurityContext empty = read(bytes(new SecurityContextImpl()));
		assertThat(empty.getAuthentication()).isNull();
	}

	@Test
	void keepsOnlyTheMostRecentlyUsedContexts() {
		SessionAttributeConversion.Reading reading = new SessionAttributeConversion.Reading(
				new DeserializingConverter());
		byte[] firstStored = bytes(context(user(1L, "u1", "Người 1", 1L)));
		Authentication first = ((SecurityContext) reading.convert(firstStored)).getAuthentication();
		for (long i = 2; i <= SessionAttributeConversion.KEPT + 10; i++) {
			reading.convert(bytes(context(user(i, "u" + i, "Người " + i, 1L))));
		}
		assertThat(reading.kept()).isEqualTo(SessionAttributeConversion.KEPT);
		assertThat(((SecurityContext) reading.convert(firstStored)).getAuthentication())
			.as("the first one was dropped and is read again").isNotSameAs(first)
			.isEqualTo(first);
	}

	private SecurityContext read(byte[] stored) {
		return (SecurityContext) this.conversion.convert(stored, Object.class);
	}

	private byte[] bytes(Object value) {
		return this.conversion.convert(value, byte[].class);
	}

	private static SecurityContext context(CurrentUser user) {
		return new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static CurrentUser user(long id, String username, String fullName, long agencyId) {
		return new CurrentUser(id, username, null, fullName, Role.CAN_BO_DON_VI, agencyId, "Sở " + agencyId, true,
				false);
	}

}
