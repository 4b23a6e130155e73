package dev.stratus.platform.cloud;

import java.nio.file.Path;
import java.util.List;

import dev.stratus.platform.StratusProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The app hands its bind address, its port and its CORS origins to the local cloud it starts. */
class LocalCloudHeadStartTests {

	@Test
	void keepsTheLocalCloudOnLoopbackByDefault() {
		var config = LocalCloudHeadStart.config(settings(List.of()), new MockEnvironment());

		assertThat(config.network().bind()).isEqualTo("127.0.0.1");
		assertThat(config.network().browserOrigins()).containsExactly("http://localhost:8080", "http://127.0.0.1:8080");
	}

	@Test
	void listensOnStratusBindAndLetsTheConsoleAndTheCorsOriginsUploadToS3() {
		var environment = new MockEnvironment().withProperty("stratus.bind", "0.0.0.0")
			.withProperty("server.port", "9090");

		var config = LocalCloudHeadStart.config(settings(List.of("https://shop.example")), environment);

		assertThat(config.network().bind()).isEqualTo("0.0.0.0");
		assertThat(config.network().browserOrigins()).containsExactly("http://localhost:9090",
				"http://127.0.0.1:9090", "https://shop.example");
	}

	private static StratusProperties settings(List<String> corsOrigins) {
		return new StratusProperties(StratusProperties.Mode.LOCAL, Path.of("data"), "", true, null, corsOrigins, null,
				null, StratusProperties.Runtime.SERVER);
	}

}
