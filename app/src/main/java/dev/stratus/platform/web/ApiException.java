package dev.stratus.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * A failure of the request itself (a header or body the web layer cannot read), answered in the
 * error envelope with its code's status. Only controllers and filters throw it; modules' services
 * throw a {@link dev.stratus.platform.errors.DomainException} instead, which knows nothing of HTTP.
 */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	private final @Nullable Object details;

	public ApiException(ErrorCode code, String message) {
		this(code, message, null);
	}

	public ApiException(ErrorCode code, String message, @Nullable Object details) {
		super(message, null, false, false);
		this.code = code;
		this.details = details;
	}

	public ErrorCode code() {
		return code;
	}

	public @Nullable Object details() {
		return details;
	}

}
