package dev.stratus.platform.mail;

import java.io.IOException;

import dev.stratus.localcloud.LoopbackHost;
import dev.stratus.platform.web.ErrorCode;
import dev.stratus.platform.web.ErrorResponses;
import dev.stratus.platform.web.IpLiteral;
import dev.stratus.platform.web.RequestPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The local inbox ({@code /api/local/**}) shows every mailbox, reset codes included: a developer's
 * tool on their own machine, not an API. Only a caller on this machine ({@code getRemoteAddr()}
 * loopback, after {@code STRATUS_TRUSTED_PROXIES}) that names this machine in {@code Host} sees it;
 * the {@code Host} check stops a web page that rebinds its own name to 127.0.0.1. Everyone else
 * gets the 404 of a route that does not exist.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class LoopbackOnlyFilter extends OncePerRequestFilter {

	private final ErrorResponses errors;

	LoopbackOnlyFilter(ErrorResponses errors) {
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = RequestPaths.of(request);
		return !path.equals("/api/local") && !path.startsWith("/api/local/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (IpLiteral.isLoopback(request.getRemoteAddr()) && LoopbackHost.is(request.getHeader("Host"))) {
			chain.doFilter(request, response);
			return;
		}
		errors.write(response, ErrorCode.NOT_FOUND,
				"No route for " + request.getMethod() + " " + RequestPaths.of(request), null);
	}

}
