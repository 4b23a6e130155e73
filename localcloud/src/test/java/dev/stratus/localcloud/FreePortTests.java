package dev.stratus.localcloud;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Any free port" for a service that binds it later must stay free until then. */
class FreePortTests {

	@Test
	void neverHandsTheSamePortToTwoServices() {
		Set<Integer> handedOut = new HashSet<>();
		for (int i = 0; i < 50; i++) {
			assertThat(handedOut.add(FreePort.resolve(0, "service " + i))).isTrue();
		}
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void choosesBelowTheRangeOutgoingConnectionsTakeTheirPortsFrom() throws IOException {
		int ephemeralLow = Integer.parseInt(
				Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim().split("\\s+")[0]);

		assertThat(FreePort.resolve(0, "DynamoDB")).isBetween(10_000, ephemeralLow - 1);
	}

	@Test
	void skipsAPortSomethingAlreadyListensOn() throws IOException {
		int next = FreePort.resolve(0, "probe") + 1;
		try (ServerSocket taken = new ServerSocket(next, 1, InetAddress.getLoopbackAddress())) {
			assertThat(FreePort.resolve(0, "DynamoDB")).isNotEqualTo(taken.getLocalPort());
		}
	}

	@Test
	void refusesABusyFixedPortWithTheSettingToChange() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThatThrownBy(() -> FreePort.resolve(taken.getLocalPort(), "SQS"))
				.isInstanceOf(LocalCloudException.class)
				.hasMessageContaining("Port " + taken.getLocalPort() + " for SQS is in use")
				.hasMessageContaining("STRATUS_*_PORT");
			assertThat(FreePort.checkFixed(0, "127.0.0.1", "the gateway")).isZero();
		}
	}

}
