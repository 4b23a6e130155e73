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
		return new ApiResponse<>(true, data, null, Meta.unstamped());
	}

	public static ApiResponse<Void> failure(ErrorCode code, String message, @Nullable Object details) {
		return new ApiResponse<>(false, null, new Error(code.name(), message, details), Meta.unstamped());
	}

	/** This response with {@code meta.timestamp} set to {@code now}, just before it is written. */
	ApiResponse<T> at(Instant now) {
		return new ApiResponse<>(success, data, error, new Meta(meta.requestId(), Timestamps.format(now)));
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Error(String code, String message, @Nullable Object details) {
	}

	/**
	 * The request id, and the time the response was written: {@link EnvelopeTimestamps} sets it from the
	 * application's clock for every response Spring MVC writes, {@link ErrorResponses} for the others.
	 */
	public record Meta(String requestId, @Nullable String timestamp) {

		static Meta unstamped() {
			return new Meta(RequestIds.current(), null);
		}

	}

}
