package dev.stratus.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriUtils;

/**
 * The path a request is routed by, as Spring MVC sees it: decoded, {@code ;params} dropped, empty
 * and {@code .} segments removed, {@code ..} applied. Checks keyed on a path (rate limits, the
 * local inbox) use it, so {@code /api/auth/%6Cogin} or {@code /api/auth//login} is still the login.
 */
public final class RequestPaths {

	private static final String KNOWN = RequestPaths.class.getName();

	private RequestPaths() {
	}

	public static String of(HttpServletRequest request) {
		// Several filters ask on every request: worked out once per path the request has (a forward has another).
		String raw = request.getRequestURI().substring(request.getContextPath().length());
		if (request.getAttribute(KNOWN) instanceof Known known && known.raw().equals(raw)) {
			return known.path();
		}
		String path = normalise(raw);
		request.setAttribute(KNOWN, new Known(raw, path));
		return path;
	}

	/** A raw path and its normal form. */
	private record Known(String raw, String path) {
	}

	static String normalise(String rawPath) {
		Deque<String> segments = new ArrayDeque<>();
		for (String raw : rawPath.split("/")) {
			int semicolon = raw.indexOf(';');
			String segment = decode(semicolon >= 0 ? raw.substring(0, semicolon) : raw);
			if (segment.equals("..")) {
				segments.pollLast();
			}
			else if (!segment.isEmpty() && !segment.equals(".")) {
				segments.addLast(segment);
			}
		}
		return "/" + String.join("/", segments);
	}

	private static String decode(String segment) {
		try {
			return UriUtils.decode(segment, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return segment;
		}
	}

}
