package dev.stratus.platform.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of every response: {@code {"success", "data" | "error", "meta"}}. A list's
 * {@code data} is a {@link dev.stratus.platform.Page}.
 *
 * @param <T> what a successful response carries
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse<T>(boolean success, @Nullable T data, @Nullable Error error, Meta meta) {

	public static <T> ApiResponse<T> of(T data) {
		return new ApiResponse<>(true, data, null, Meta.now());
	}

	public static ApiResponse<Void> failure(ErrorCode code, String message, @Nullable Object details) {
		return new ApiResponse<>(false, null, new Error(code.name(), message, details), Meta.now());
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Error(String code, String message, @Nullable Object details) {
	}

	public record Meta(String requestId, String timestamp) {

		static Meta now() {
			return new Meta(RequestIds.current(), Timestamps.format(Instant.now()));
		}

	}

}
