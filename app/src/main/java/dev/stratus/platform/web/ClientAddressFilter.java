package dev.stratus.platform.web;

import java.io.IOException;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes {@link HttpServletRequest#getRemoteAddr()} the real client behind a trusted proxy, so rate
 * limits, login lockouts and session records count clients, not the load balancer. Everyone else's
 * {@code X-Forwarded-For} is ignored: the socket's peer is the client.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ClientAddressFilter extends OncePerRequestFilter {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	private final TrustedProxies proxies;

	ClientAddressFilter(@Value("${stratus.trusted-proxies:}") String trustedProxies) {
		this.proxies = TrustedProxies.parse(trustedProxies);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String peer = request.getRemoteAddr();
		String client = proxies.clientOf(peer, Collections.list(request.getHeaders(FORWARDED_FOR)));
		chain.doFilter(client.equals(peer) ? request : new ForwardedRequest(request, client), response);
	}

	private static final class ForwardedRequest extends HttpServletRequestWrapper {

		private final String client;

		ForwardedRequest(HttpServletRequest request, String client) {
			super(request);
			this.client = client;
		}

		@Override
		public String getRemoteAddr() {
			return client;
		}

		@Override
		public String getRemoteHost() {
			return client;
		}

	}

}
