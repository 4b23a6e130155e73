package dev.stratus.localcloud;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The endpoints line that hands a running local cloud to other processes. */
class EndpointsTests {

	@Test
	void readsBackTheLineItWrites() {
		var endpoints = new Endpoints(URI.create("http://127.0.0.1:4566"), URI.create("http://127.0.0.1:8000"), URI.create("http://127.0.0.1:9324"),
				URI.create("http://127.0.0.1:9000"), URI.create("http://127.0.0.1:9100"),
				URI.create("http://127.0.0.1:9200"), "127.0.0.1", 3025, 3143);

		assertThat(Endpoints.parse(endpoints.format())).isEqualTo(endpoints);
	}

	@Test
	void namesWhatIsMissing() {
		assertThatThrownBy(() -> Endpoints.parse("dynamodb=http://127.0.0.1:8000"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'smtp'");
	}

	@Test
	void rejectsAPartWithoutAValue() {
		assertThatThrownBy(() -> Endpoints.parse("dynamodb"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("name=value");
	}

}
