package dev.stratus.platform.security;

import java.io.IOException;

import dev.stratus.platform.web.ErrorCode;
import dev.stratus.platform.web.ErrorResponses;
import dev.stratus.platform.web.RequestPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code X-Api-Key}, in front of the bearer-token filter. In order: one credential
 * only (a key and a bearer token together are a 400, so it is never a guess which one counted),
 * the key ({@link ApiKeyCheck#resolve}: 401), the route and scope ({@link KeyAccess}: 403), the
 * usage plan ({@link ApiKeyCheck#admit}: 429). Only a request that passes all four counts against
 * the plan. The key itself is never logged or echoed; its prefix may be.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Api-Key";

	/** Set on a request the key admitted, for {@link AccessRules}: keyed requests are decided by key rules only. */
	static final String ADMITTED = ApiKeyFilter.class.getName() + ".admitted";

	private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

	private final ObjectProvider<ApiKeyCheck> keys;

	private final KeyAccess access;

	private final ErrorResponses errors;

	ApiKeyFilter(ObjectProvider<ApiKeyCheck> keys, KeyAccess access, ErrorResponses errors) {
		this.keys = keys;
		this.access = access;
		this.errors = errors;
	}

	static boolean admitted(HttpServletRequest request) {
		return request.getAttribute(ADMITTED) != null;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader(HEADER) == null || !RequestPaths.of(request).startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			errors.write(response, ErrorCode.BAD_REQUEST,
					"Send one credential: either 'Authorization: Bearer …' or 'X-Api-Key', not both", null);
			return;
		}
		ApiKeyCheck check = keys.getIfAvailable();
		KeyHolder holder = check == null ? null : check.resolve(request.getHeader(HEADER));
		if (holder == null) {
			errors.write(response, ErrorCode.UNAUTHORIZED, "API key is not valid", null);
			return;
		}
		String refusal = access.refusal(request, holder);
		if (refusal != null) {
			log.atInfo().addKeyValue("apiKeyPrefix", holder.prefix()).log("API key refused on this route");
			errors.write(response, ErrorCode.FORBIDDEN, refusal, null);
			return;
		}
		Admission admission = check.admit(holder);
		response.setHeader("X-RateLimit-Limit", Long.toString(admission.limit()));
		response.setHeader("X-RateLimit-Remaining", Long.toString(admission.remaining()));
		response.setHeader("X-RateLimit-Reset", Long.toString(admission.resetEpochSecond()));
		if (!admission.allowed()) {
			response.setHeader("Retry-After", Long.toString(admission.retryAfterSeconds()));
			errors.write(response, ErrorCode.RATE_LIMIT_EXCEEDED,
					admission.refusal() + "; try again in " + admission.retryAfterSeconds() + " seconds", null);
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiKeyAuthentication(holder));
		SecurityContextHolder.setContext(context);
		request.setAttribute(ADMITTED, holder.keyId());
		chain.doFilter(request, response);
	}

}
