package dev.stratus.platform.security;

import java.util.List;

import dev.stratus.platform.security.KeyRoutes.KeyRoute;
import dev.stratus.platform.web.RequestPaths;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which routes a key may call: only those the modules opened to keys ({@link KeyRoutes}), each with
 * its scope. The first route whose method and pattern match decides.
 */
final class KeyAccess {

	private final List<Opened> routes;

	KeyAccess(List<KeyRoutes> modules) {
		this.routes = modules.stream()
			.flatMap(module -> module.routes().stream())
			.map(route -> new Opened(route, PathPatternParser.defaultInstance.parse(route.pattern())))
			.toList();
	}

	/** Why {@code holder} may not make this request; null when it may. */
	@Nullable
	String refusal(HttpServletRequest request, KeyHolder holder) {
		PathContainer path = PathContainer.parsePath(RequestPaths.of(request));
		for (Opened opened : routes) {
			if (opened.route().method().matches(request.getMethod()) && opened.pattern().matches(path)) {
				return holder.has(opened.route().scope()) ? null
						: "This API key lacks the scope '" + opened.route().scope() + "'";
			}
		}
		return "API keys cannot call " + request.getMethod() + " on this route";
	}

	private record Opened(KeyRoute route, PathPattern pattern) {
	}

}
