package vn.chiso.config;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import vn.chiso.common.Flash;

/**
 * The message shown once after a save (a {@link Flash} after POST-redirect-GET) carried to the next page in a cookie
 * that lives as long as a flash map does (three minutes), instead of in the session. In the session it cost two writes to PostgreSQL per save: the
 * message stored when the save redirected, and removed when the next page showed it, each a transaction of its own.
 * <p>
 * Only a plain message goes in the cookie: a flash map holding nothing but a {@code Flash} whose arguments are text or
 * numbers, for a path without parameters, small enough for a cookie. Anything else (the outcome of a bulk decision, a
 * form to show again) stays in the session as before, and so does a second message while the cookie holds one. A
 * cookie is read only when it has the expected form (known level, message key, at most {@link #MAX_ARGS} arguments): a
 * cookie made up by hand shows at most a message of ChiSo's own, its arguments as escaped text. The cookie works across
 * instances behind a load balancer, as the session does.
 */
final class FlashCookieManager extends SessionFlashMapManager {

	static final String COOKIE = "FLASH";

	static final int MAX_ARGS = 6;

	/** Longer values stay in the session (a browser keeps about 4 KB per cookie). */
	static final int MAX_COOKIE_CHARS = 3000;

	/** The request attribute with the message read from the cookie (or false when there is none). */
	private static final String READ = FlashCookieManager.class.getName() + ".READ";

	private static final char SEPARATOR = '\u001f';

	private static final String FORMAT = "1";

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,120}");

	private static final List<String> LEVELS = List.of("success", "warning", "danger");

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		List<FlashMap> inSession = super.retrieveFlashMaps(request);
		FlashMap fromCookie = read(request);
		if (fromCookie == null) {
			return inSession;
		}
		List<FlashMap> all = new ArrayList<>();
		all.add(fromCookie);
		if (inSession != null) {
			all.addAll(inSession);
		}
		return all;
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request,
			HttpServletResponse response) {
		String cookie = null;
		List<FlashMap> rest = new ArrayList<>();
		for (FlashMap map : flashMaps) {
			String written = cookie == null ? write(map) : null;
			if (written != null) {
				cookie = written;
			}
			else {
				rest.add(map);
			}
		}
		if (!rest.isEmpty() || super.retrieveFlashMaps(request) != null) {
			super.updateFlashMaps(rest, request, response);
		}
		if (cookie != null) {
			setCookie(request, response, cookie, Duration.ofSeconds(getFlashMapTimeout()));
		}
		else if (cookieValue(request) != null) {
			setCookie(request, response, "", Duration.ZERO);
		}
		request.setAttribute(READ, Boolean.FALSE);
	}

	private static void setCookie(HttpServletRequest request, HttpServletResponse response, String value,
			Duration maxAge) {
		String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
		ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
			.path(path)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(maxAge)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/** The cookie's value for a flash map that fits one; null for one that stays in the session. */
	static String write(FlashMap map) {
		if (map.size() != 1 || !(map.get("flash") instanceof Flash flash) || !map.getTargetRequestParams().isEmpty()
				|| map.getTargetRequestPath() == null || !LEVELS.contains(flash.level())
				|| !KEY.matcher(flash.key()).matches()) {
			return null;
		}
		Object[] args = flash.args() == null ? new Object[0] : flash.args();
		if (args.length > MAX_ARGS) {
			return null;
		}
		StringBuilder text = new StringBuilder(FORMAT).append(SEPARATOR)
			.append(map.getExpirationTime())
			.append(SEPARATOR)
			.append(map.getTargetRequestPath())
			.append(SEPARATOR)
			.append(flash.level())
			.append(SEPARATOR)
			.append(flash.key());
		for (Object arg : args) {
			String typed = typed(arg);
			if (typed == null || typed.indexOf(SEPARATOR) >= 0) {
				return null;
			}
			text.append(SEPARATOR).append(typed);
		}
		String value = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
		return value.length() <= MAX_COOKIE_CHARS ? value : null;
	}

	/** The flash map a cookie value stands for; null for a value not of the expected form. */
	static FlashMap read(String value) {
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		String[] parts = text.split(String.valueOf(SEPARATOR), -1);
		if (parts.length < 5 || parts.length > 5 + MAX_ARGS || !FORMAT.equals(parts[0]) || !parts[2].startsWith("/")
				|| !LEVELS.contains(parts[3]) || !KEY.matcher(parts[4]).matches()) {
			return null;
		}
		Object[] args = new Object[parts.length - 5];
		try {
			for (int i = 0; i < args.length; i++) {
				args[i] = untyped(parts[5 + i]);
				if (args[i] == null) {
					return null;
				}
			}
			FlashMap map = new FlashMap();
			map.setExpirationTime(Long.parseLong(parts[1]));
			map.setTargetRequestPath(parts[2]);
			map.put("flash", new Flash(parts[3], parts[4], args));
			return map;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The request's message from its cookie, the same object at every call within the request (Spring finds the one
	 * to remove by equality, and a message's arguments are an array), none once this request has moved it on.
	 */
	private static FlashMap read(HttpServletRequest request) {
		Object known = request.getAttribute(READ);
		if (known != null) {
			return known instanceof FlashMap map ? map : null;
		}
		String value = cookieValue(request);
		FlashMap map = value == null || value.isEmpty() ? null : read(value);
		request.setAttribute(READ, map != null ? map : Boolean.FALSE);
		return map;
	}

	private static String cookieValue(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	/** An argument with its kind: text, a whole number or a decimal (they are formatted differently). */
	private static String typed(Object arg) {
		if (arg instanceof String s) {
			return "s" + s;
		}
		if (arg instanceof Integer i) {
			return "i" + i;
		}
		if (arg instanceof Long l) {
			return "l" + l;
		}
		if (arg instanceof BigDecimal d) {
			return "d" + d.toPlainString();
		}
		return null;
	}

	private static Object untyped(String typed) {
		if (typed.isEmpty()) {
			return null;
		}
		String value = typed.substring(1);
		return switch (typed.charAt(0)) {
			case 's' -> value;
			case 'i' -> Integer.valueOf(value);
			case 'l' -> Long.valueOf(value);
			case 'd' -> new BigDecimal(value);
			default -> null;
		};
	}

}
