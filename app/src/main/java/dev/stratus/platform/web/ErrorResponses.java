package dev.stratus.platform.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes the error envelope from places outside Spring MVC: filters and security handlers. */
@Component
public class ErrorResponses {

	private final JsonMapper json;

	private final Clock clock;

	public ErrorResponses(JsonMapper json, Clock clock) {
		this.json = json;
		this.clock = clock;
	}

	public void write(HttpServletResponse response, ErrorCode code, String message, @Nullable Object details)
			throws IOException {
		response.setStatus(code.status().value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), ApiResponse.failure(code, message, details).at(clock.instant()));
	}

}
