package dev.stratus.platform.web;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A route whose request bodies may be larger than the platform's 1 MiB: a module declares one as a bean
 * for each upload route that needs it, and {@code BodySizeLimitFilter} holds that route's bodies to
 * {@code maxBytes} instead. Every other route keeps the 1 MiB limit.
 *
 * @param pathPattern a Spring MVC path pattern, as {@code /api/architecture/{projectId}/diagram}
 */
public record LargeBodyRoute(HttpMethod method, String pathPattern, long maxBytes) {

	/** What a JSON body may add around the base64 text (docs/API.md "Bodies"). */
	static final long ENVELOPE_BYTES = 1024;

	/**
	 * A route that takes a file as base64 in a JSON body: the body may be 4/3 of the file's limit (base64's
	 * growth, rounded up) plus 1 KiB for the rest of the JSON.
	 */
	public static LargeBodyRoute base64(HttpMethod method, String pathPattern, long decodedBytes) {
		return new LargeBodyRoute(method, pathPattern, (decodedBytes * 4 + 2) / 3 + ENVELOPE_BYTES);
	}

	boolean matches(String method, String path) {
		return this.method.matches(method) && pattern().matches(PathContainer.parsePath(path));
	}

	private PathPattern pattern() {
		return PathPatternParser.defaultInstance.parse(pathPattern);
	}

}
