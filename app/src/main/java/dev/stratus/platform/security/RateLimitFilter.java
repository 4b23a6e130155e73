package dev.stratus.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.stratus.platform.StratusProperties;
import dev.stratus.platform.web.ErrorCode;
import dev.stratus.platform.web.ErrorResponses;
import dev.stratus.platform.web.PrimingRequest;
import dev.stratus.platform.web.RequestPaths;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests per hour per client (the user when signed in, else the IP address; a request admitted
 * by an API key is under its key's usage plan instead), plus a tighter
 * per-IP limit on the sign-in and sign-up routes. Buckets live in this instance's memory: with
 * several instances each enforces the limit on its own (see the README). Routes are matched on the
 * normalised path, the one Spring MVC routes by: {@code /api/auth/%6Cogin} is the login too. The
 * process's own priming ({@link PrimingRequest}) is not counted.
 */
class RateLimitFilter extends OncePerRequestFilter {

	static final Set<String> AUTH_ROUTES = Set.of("/api/auth/login", "/api/auth/register", "/api/auth/confirm",
			"/api/auth/resend-code", "/api/auth/forgot-password", "/api/auth/reset-password");

	private final StratusProperties.RateLimit limits;

	private final ErrorResponses errors;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(1))
		.maximumSize(100_000)
		.build();

	private final Clock clock;

	RateLimitFilter(StratusProperties.RateLimit limits, ErrorResponses errors, Clock clock) {
		this.limits = limits;
		this.errors = errors;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !RequestPaths.of(request).startsWith("/api/") || PrimingRequest.isPriming(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (AUTH_ROUTES.contains(RequestPaths.of(request))
				&& !allow("auth:" + request.getRemoteAddr(), limits.auth(), response)) {
			return;
		}
		if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiKeyAuthentication) {
			// A key's own usage plan limits it (ApiKeyFilter), whatever the app-wide limits say.
			chain.doFilter(request, response);
			return;
		}
		String user = signedInUser();
		boolean allowed = user != null ? allow("user:" + user, limits.authenticated(), response)
				: allow("ip:" + request.getRemoteAddr(), limits.anonymous(), response);
		if (allowed) {
			chain.doFilter(request, response);
		}
	}

	private boolean allow(String client, long perHour, HttpServletResponse response) throws IOException {
		if (perHour <= 0) {
			return true;
		}
		Bucket bucket = buckets.get(client + "/" + perHour, key -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perHour).refillIntervally(perHour, Duration.ofHours(1)).build())
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		long resetSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForReset()));
		response.setHeader("X-RateLimit-Limit", Long.toString(perHour));
		response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
		response.setHeader("X-RateLimit-Reset", Long.toString(clock.instant().getEpochSecond() + resetSeconds));
		if (probe.isConsumed()) {
			return true;
		}
		long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()));
		response.setHeader("Retry-After", Long.toString(retryAfter));
		errors.write(response, ErrorCode.RATE_LIMIT_EXCEEDED,
				"Too many requests; try again in " + retryAfter + " seconds", null);
		return false;
	}

	private static String signedInUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication instanceof JwtAuthenticationToken jwt ? jwt.getName() : null;
	}

}
