package dev.stratus.platform.web;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Sets {@code meta.timestamp} of every envelope Spring MVC writes, controllers' answers and
 * {@link ApiExceptionHandler}'s alike, from the application's one {@link Clock}.
 */
@ControllerAdvice
class EnvelopeTimestamps implements ResponseBodyAdvice<Object> {

	private final Clock clock;

	EnvelopeTimestamps(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		return body instanceof ApiResponse<?> envelope ? envelope.at(clock.instant()) : body;
	}

}
