package dev.stratus.platform.web;

import java.time.Clock;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import software.amazon.awssdk.core.exception.SdkClientException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures thrown by filters (a token check that cannot reach DynamoDB) still get the envelope.
 * The failing chain is simulated: a dead DynamoDB under a shared test context cannot be caused here
 * (the chaos harness causes it for real).
 */
class FailureEnvelopeFilterTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final FailureEnvelopeFilter filter = new FailureEnvelopeFilter(new ErrorResponses(json, Clock.systemUTC()));

	@Test
	void answersAnUnreachableBackingServiceWith503() throws Exception {
		var response = new MockHttpServletResponse();

		filter.doFilter(new MockHttpServletRequest("GET", "/api/orders"), response, (req, res) -> {
			throw new ServletException(SdkClientException.create("Unable to execute HTTP request: Connection refused"));
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(json.readTree(response.getContentAsString()).path("error").path("code").asString())
			.isEqualTo("SERVICE_UNAVAILABLE");
	}

	@Test
	void answersAnythingElseWith500WithoutInternals() throws Exception {
		var response = new MockHttpServletResponse();

		filter.doFilter(new MockHttpServletRequest("GET", "/api/orders"), response, (req, res) -> {
			throw new IllegalStateException("secret internals at com.example.Thing");
		});

		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString()).contains("INTERNAL_ERROR").doesNotContain("secret internals");
	}

}
