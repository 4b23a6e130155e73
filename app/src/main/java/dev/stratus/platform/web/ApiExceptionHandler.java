package dev.stratus.platform.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.Duplicate;
import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.Forbidden;
import dev.stratus.platform.errors.InsufficientStock;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.NotConfirmed;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.errors.TooManyAttempts;
import dev.stratus.platform.errors.Unauthenticated;
import dev.stratus.platform.errors.Unavailable;
import dev.stratus.platform.errors.WrongCredentials;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import software.amazon.awssdk.core.exception.SdkClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure into the error envelope with the contract's code: each kind of
 * {@link dev.stratus.platform.errors.DomainException} the modules throw, the web layer's own
 * {@link ApiException}s, and Spring MVC's failures. Internals never leak: an
 * unexpected failure is logged by class and message (no stack trace) and answered as
 * {@code INTERNAL_ERROR}.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Clock clock;

	ApiExceptionHandler(Clock clock) {
		this.clock = clock;
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(ApiException ex) {
		return answer(ex.code(), ex.getMessage(), ex.details());
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(NotFound ex) {
		return answer(ErrorCode.NOT_FOUND, ex.getMessage(), null);
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(Forbidden ex) {
		return answer(ErrorCode.FORBIDDEN, ex.getMessage(), null);
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(Conflict ex) {
		return answer(ErrorCode.CONFLICT, ex.getMessage(), ex.details());
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(Duplicate ex) {
		return answer(ErrorCode.DUPLICATE_ENTRY, ex.getMessage(),
				ex.field() == null ? null : Map.of("field", ex.field()));
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(InsufficientStock ex) {
		return answer(ErrorCode.INSUFFICIENT_STOCK, ex.getMessage(),
				Map.of("requested", ex.requested(), "available", ex.available()));
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(InvalidInput ex) {
		return answer(ErrorCode.VALIDATION_ERROR, ex.getMessage(), ex.problems());
	}

	/** Seconds rounded up, never 0: a client that waits {@code Retry-After} is let in. */
	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(TooManyAttempts ex) {
		long seconds = Math.max(1, (ex.retryAfter().toMillis() + 999) / 1000);
		return ResponseEntity.status(ErrorCode.RATE_LIMIT_EXCEEDED.status())
			.header("Retry-After", Long.toString(seconds))
			.header("X-RateLimit-Limit", Integer.toString(ex.limit()))
			.header("X-RateLimit-Remaining", "0")
			.header("X-RateLimit-Reset", Long.toString(clock.instant().getEpochSecond() + seconds))
			.body(ApiResponse.failure(ErrorCode.RATE_LIMIT_EXCEEDED,
					ex.getMessage() + "; try again in " + seconds + " seconds", null));
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(Unavailable ex) {
		return answer(ErrorCode.SERVICE_UNAVAILABLE, ex.getMessage(), null);
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(Unauthenticated ex) {
		return answer(ErrorCode.UNAUTHORIZED, ex.getMessage(), null);
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(WrongCredentials ex) {
		return answer(ErrorCode.INVALID_CREDENTIALS, ex.getMessage(), null);
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(NotConfirmed ex) {
		return answer(ErrorCode.USER_NOT_CONFIRMED, ex.getMessage(), null);
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(MethodArgumentNotValidException ex) {
		return answer(ErrorCode.VALIDATION_ERROR, "Request has invalid fields",
				RequestProblems.of(ex.getBindingResult()));
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(HandlerMethodValidationException ex) {
		List<FieldProblem> problems = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return answer(ErrorCode.VALIDATION_ERROR, "Request has invalid parameters", problems);
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(HttpMessageNotReadableException ex) {
		return answer(ErrorCode.BAD_REQUEST, unreadableBody(ex), null);
	}

	private static String unreadableBody(HttpMessageNotReadableException ex) {
		// Jackson wraps the size limit's IOException, so look down the whole chain for it first.
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
				return tooLarge.getMessage();
			}
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				String field = databind.getPath()
					.stream()
					.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
					.collect(Collectors.joining("."));
				return "Field '" + field + "' has the wrong type";
			}
			if (cause instanceof JacksonException) {
				return "Request body is not valid JSON";
			}
		}
		return "Request body is missing or not valid JSON";
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(HttpMediaTypeNotSupportedException ex) {
		// curl's -d sends a form unless told otherwise; say how to send JSON.
		return answer(ErrorCode.BAD_REQUEST,
				"Content-Type must be application/json (with curl: --json, or -H 'Content-Type: application/json')",
				null);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			MissingRequestHeaderException.class })
	ResponseEntity<ApiResponse<Void>> onBadParameter(Exception ex) {
		String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ex instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
						: ((MissingRequestHeaderException) ex).getHeaderName();
		return answer(ErrorCode.BAD_REQUEST, "Parameter '" + name + "' is missing or cannot be parsed", null);
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(HttpRequestMethodNotSupportedException ex) {
		HttpHeaders headers = new HttpHeaders();
		if (ex.getSupportedHttpMethods() != null) {
			headers.setAllow(ex.getSupportedHttpMethods());
		}
		return ResponseEntity.status(ErrorCode.METHOD_NOT_ALLOWED.status())
			.headers(headers)
			.body(ApiResponse.failure(ErrorCode.METHOD_NOT_ALLOWED,
					"Method " + ex.getMethod() + " is not allowed here", null));
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(NoResourceFoundException ex) {
		return answer(ErrorCode.NOT_FOUND, "No route for " + ex.getHttpMethod() + " /" + ex.getResourcePath(), null);
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(AccessDeniedException ex) {
		return answer(ErrorCode.FORBIDDEN, "You are not allowed to do this", null);
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(SdkClientException ex) {
		log.warn("Backing service unavailable: {}", ex.getMessage());
		return answer(ErrorCode.SERVICE_UNAVAILABLE, "A backing service is unavailable; try again shortly", null);
	}

	@ExceptionHandler
	ResponseEntity<ApiResponse<Void>> on(Exception ex) {
		log.error("Unexpected failure: {}: {}", ex.getClass().getName(), ex.getMessage());
		return answer(ErrorCode.INTERNAL_ERROR, "Something went wrong on our side; the request id helps us find it",
				null);
	}

	private static ResponseEntity<ApiResponse<Void>> answer(ErrorCode code, String message, @Nullable Object details) {
		return ResponseEntity.status(code.status()).body(ApiResponse.failure(code, message, details));
	}

}
