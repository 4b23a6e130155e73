package dev.stratus.platform.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A failure the client can act on, answered in the error envelope with its code's status. Modules
 * throw it from services and controllers; nothing else needs to know about HTTP.
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

	public static ApiException notFound(String what) {
		return new ApiException(ErrorCode.NOT_FOUND, what + " not found");
	}

	public static ApiException invalid(List<FieldProblem> problems) {
		return new ApiException(ErrorCode.VALIDATION_ERROR, "Request has invalid fields", problems);
	}

	public static ApiException invalid(String field, String message) {
		return invalid(List.of(new FieldProblem(field, message)));
	}

	public static ApiException conflict(String message) {
		return new ApiException(ErrorCode.CONFLICT, message);
	}

	public static ApiException conflict(String message, Map<String, ?> details) {
		return new ApiException(ErrorCode.CONFLICT, message, details);
	}

	public ErrorCode code() {
		return code;
	}

	public @Nullable Object details() {
		return details;
	}

}
