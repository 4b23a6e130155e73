package dev.stratus.localcloud;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What STRATUS_BIND and the console's port make of the local cloud's network. */
class NetworkTests {

	@Test
	void connectsOverLoopbackWhenBoundToEveryAddress() {
		var network = new LocalCloudConfig.Network("0.0.0.0", List.of());

		assertThat(network.connectHost()).isEqualTo("127.0.0.1");
		assertThat(network.gate(false).anyHost()).isTrue();
	}

	@Test
	void givesEveryListenerTheSameLiteralAddress() {
		var network = new LocalCloudConfig.Network("localhost", List.of());

		assertThat(network.bind()).isEqualTo("127.0.0.1");
		assertThat(network.gate(false).anyHost()).isFalse();
	}

	@Test
	void refusesABindAddressItCannotServeWithAnActionableMessage() {
		assertThatThrownBy(() -> new LocalCloudConfig.Network("::1", List.of()))
			.isInstanceOf(LocalCloudException.class)
			.hasMessageContaining("STRATUS_BIND");
	}

	@Test
	void letsTheConsoleUnderBothLoopbackNamesAndTheListedOriginsUploadToS3() {
		var network = LocalCloudConfig.Network.forConsole("127.0.0.1", 8080, List.of(" https://shop.example ", ""));

		assertThat(network.gate(true).origins()).containsExactly("http://localhost:8080", "http://127.0.0.1:8080",
				"https://shop.example");
		assertThat(network.gate(false).origins()).isEmpty();
	}

}
