package dev.stratus.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Answers failures that escape the filters in front of Spring MVC (token checks that read
 * DynamoDB, rate limits) in the envelope: a backing service that does not answer is a 503
 * {@code SERVICE_UNAVAILABLE}, anything else a 500 without internals. Controllers' failures never
 * get here; {@link ApiExceptionHandler} answers those.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class FailureEnvelopeFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(FailureEnvelopeFilter.class);

	private final ErrorResponses errors;

	FailureEnvelopeFilter(ErrorResponses errors) {
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (response.isCommitted()) {
				log.error("Failure after the response was sent: {}", ex.getClass().getName());
				return;
			}
			response.resetBuffer();
			if (causedBy(ex, SdkClientException.class)) {
				log.warn("Backing service unavailable: {}", ex.getMessage());
				errors.write(response, ErrorCode.SERVICE_UNAVAILABLE,
						"A backing service is unavailable; try again shortly", null);
			}
			else {
				log.error("Unexpected failure: {}: {}", ex.getClass().getName(), ex.getMessage());
				errors.write(response, ErrorCode.INTERNAL_ERROR,
						"Something went wrong on our side; the request id helps us find it", null);
			}
		}
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
