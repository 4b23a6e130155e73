package dev.stratus.platform.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of every response: {@code {"success", "data" | "error", "meta"}}.
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

	/** The page shape of every list: {@code {"items", "count", "nextToken"?}}. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Page<T>(List<T> items, int count, @Nullable String nextToken) {

		public Page(List<T> items, @Nullable String nextToken) {
			this(items, items.size(), nextToken);
		}

	}

}
