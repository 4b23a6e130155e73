package dev.stratus.platform.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The console may load images and call out only to itself and the storage presigned URLs name. */
class ConsolePolicyTests {

	@Test
	void allowsTheBucketsOwnEndpointOnAws() {
		try (S3Presigner presigner = S3Presigner.builder()
			.region(Region.EU_WEST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
			.build()) {
			assertThat(ConsolePolicy.storageOrigins(presigner, List.of("stratus-product-images")))
				.containsExactly("https://stratus-product-images.s3.eu-west-1.amazonaws.com");
		}
	}

	@Test
	void namesNoOtherOriginForImagesOrCalls() {
		var policy = new ConsolePolicy(() -> List.of("https://bucket.s3.eu-west-1.amazonaws.com"));
		var response = new MockHttpServletResponse();

		policy.writeHeaders(new MockHttpServletRequest("GET", "/products"), response);

		assertThat(response.getHeader("Content-Security-Policy"))
			.contains("img-src 'self' https://bucket.s3.eu-west-1.amazonaws.com;")
			.contains("connect-src 'self' https://bucket.s3.eu-west-1.amazonaws.com;")
			.contains("script-src 'self';")
			.doesNotContain("data:", "http:", "https:;", "unsafe-eval");
	}

	@Test
	void letsSwaggerUiDrawItsDataImageIcons() {
		var policy = new ConsolePolicy(List::of);
		var response = new MockHttpServletResponse();

		policy.writeHeaders(new MockHttpServletRequest("GET", "/swagger-ui/index.html"), response);

		assertThat(response.getHeader("Content-Security-Policy")).contains("img-src 'self' data:;");
	}

	@Test
	void letsTheConsoleCallTheOtherStratusInstancesItWasToldOf() {
		var policy = new ConsolePolicy(List::of, List.of("https://stratus.example.com", " http://127.0.0.1:8181"));
		var response = new MockHttpServletResponse();

		policy.writeHeaders(new MockHttpServletRequest("GET", "/customers/settings"), response);

		assertThat(response.getHeader("Content-Security-Policy"))
			.contains("connect-src 'self' https://stratus.example.com http://127.0.0.1:8181;")
			.contains("img-src 'self';");
	}

	@Test
	void refusesAnEntryThatIsNotAnOrigin() {
		assertThatThrownBy(() -> new ConsolePolicy(List::of, List.of("https://a.example; script-src *")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("STRATUS_CONSOLE_API_ORIGINS");
		assertThatThrownBy(() -> new ConsolePolicy(List::of, List.of("*")))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
