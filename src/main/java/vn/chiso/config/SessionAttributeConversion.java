package vn.chiso.config;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * How session attributes become the bytes of {@code SPRING_SESSION_ATTRIBUTES} and back: Java serialization, as
 * Spring Session does by default, except for the signed-in user's security context. Every request of a signed-in user
 * reads that context, and reading it from its bytes (some ten classes looked up and built again) was about a twentieth
 * of the CPU of a page. Here the bytes of a context are read once; a later read of the very same bytes gets a new
 * context around the authentication read then. The authentication (user, role, agency) does not change after sign-in
 * (a changed one is a new context, stored as new bytes); the context around it does (sign-out empties it), so each
 * read gets a context of its own. Other attributes (flash messages, forms) are read from their bytes every time.
 * <p>
 * The authentications are kept by the exact bytes they were read from, for the {@link #KEPT} most recently used
 * contexts: two different stored contexts never share one, and a session whose context was replaced (password
 * changed, signed in again) finds nothing under its new bytes until it is read once.
 */
final class SessionAttributeConversion {

	/** How many signed-in contexts are kept, most recently used first (a few kilobytes each). */
	static final int KEPT = 5_000;

	private SessionAttributeConversion() {
	}

	/** The conversion service for Spring Session's JDBC repository. */
	static GenericConversionService create(ClassLoader classLoader) {
		GenericConversionService conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversion.addConverter(byte[].class, Object.class, new Reading(new DeserializingConverter(classLoader)));
		return conversion;
	}

	/** Bytes to attribute, with the authentications of security contexts kept by their bytes. */
	static final class Reading implements Converter<byte[], Object> {

		private final Converter<byte[], Object> deserializer;

		private final Map<Bytes, Authentication> authentications = Collections
			.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<Bytes, Authentication> eldest) {
					return size() > KEPT;
				}
			});

		Reading(Converter<byte[], Object> deserializer) {
			this.deserializer = deserializer;
		}

		@Override
		public Object convert(byte[] source) {
			Bytes key = new Bytes(source);
			Authentication known = this.authentications.get(key);
			if (known != null) {
				return new SecurityContextImpl(known);
			}
			Object value = this.deserializer.convert(source);
			if (value != null && value.getClass() == SecurityContextImpl.class) {
				Authentication authentication = ((SecurityContextImpl) value).getAuthentication();
				if (authentication != null) {
					this.authentications.put(new Bytes(source.clone()), authentication);
				}
			}
			return value;
		}

		/** How many authentications are kept now. */
		int kept() {
			return this.authentications.size();
		}

	}

	/** Stored bytes as a key: equal when every byte is. */
	private static final class Bytes {

		private final byte[] bytes;

		private final int hash;

		Bytes(byte[] bytes) {
			this.bytes = bytes;
			this.hash = Arrays.hashCode(bytes);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Bytes b && b.hash == this.hash && Arrays.equals(b.bytes, this.bytes);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
