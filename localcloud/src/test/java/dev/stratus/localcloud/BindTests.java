package dev.stratus.localcloud;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every listener (DynamoDB, SQS, S3, SMTP, IMAP) is on loopback unless {@code STRATUS_BIND} says
 * otherwise. Checked with real sockets against an address of this machine only.
 */
class BindTests {

	@Test
	void listensOnLoopbackOnlyByDefault() {
		InetAddress lan = nonLoopbackAddress();
		try (LocalCloud cloud = LocalCloud.start(LocalCloudConfig.inMemory())) {
			for (int port : ports(cloud.endpoints())) {
				assertThat(accepts(InetAddress.getLoopbackAddress(), port)).as("127.0.0.1:%d", port).isTrue();
				assertThat(accepts(lan, port)).as("%s:%d", lan.getHostAddress(), port).isFalse();
			}
		}
	}

	@Test
	void listensOnTheBindAddressWhenOneIsSet() {
		InetAddress lan = nonLoopbackAddress();
		var network = new LocalCloudConfig.Network(lan.getHostAddress(), List.of());
		try (LocalCloud cloud = LocalCloud.start(LocalCloudConfig.inMemory().withNetwork(network))) {
			for (int port : ports(cloud.endpoints())) {
				assertThat(accepts(lan, port)).as("%s:%d", lan.getHostAddress(), port).isTrue();
				assertThat(accepts(InetAddress.getLoopbackAddress(), port)).as("127.0.0.1:%d", port).isFalse();
			}
			try (var dynamo = Sdk.dynamo(cloud.endpoints().dynamodb()); var sqs = Sdk.sqs(cloud.endpoints().sqs())) {
				assertThat(dynamo.listTables().tableNames()).isEmpty();
				assertThat(sqs.listQueues().queueUrls()).isEmpty();
			}
		}
	}

	@Test
	void answersAnyHostNameWhenOpenedToTheNetwork() throws Exception {
		InetAddress lan = nonLoopbackAddress();
		var network = new LocalCloudConfig.Network(lan.getHostAddress(), List.of());
		try (LocalCloud cloud = LocalCloud.start(LocalCloudConfig.inMemory().withNetwork(network))) {
			var answer = RawHttp.send(cloud.endpoints().sqs(), "GET", "/?Action=ListQueues",
					java.util.Map.of("Host", "stratus-cloud:" + cloud.endpoints().sqs().getPort()));
			var fromAPage = RawHttp.send(cloud.endpoints().sqs(), "GET", "/?Action=ListQueues",
					java.util.Map.of("Origin", "https://evil.example"));

			assertThat(answer.status()).isEqualTo(200);
			assertThat(fromAPage.status()).isEqualTo(403);
		}
	}

	private static List<Integer> ports(Endpoints endpoints) {
		return List.of(endpoints.dynamodb().getPort(), endpoints.sqs().getPort(), endpoints.s3().getPort(),
				endpoints.ec2().getPort(), endpoints.cloudwatch().getPort(), endpoints.smtpPort(),
				endpoints.imapPort());
	}

	private static boolean accepts(InetAddress address, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), 2_000);
			return true;
		}
		catch (IOException refused) {
			return false;
		}
	}

	/** An IPv4 address of this machine that is not loopback; the test is skipped without one. */
	private static InetAddress nonLoopbackAddress() {
		Optional<InetAddress> found;
		try {
			found = NetworkInterface.networkInterfaces()
				.filter(BindTests::isUp)
				.flatMap(NetworkInterface::inetAddresses)
				.filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
				.findFirst();
		}
		catch (SocketException ex) {
			found = Optional.empty();
		}
		assumeTrue(found.isPresent(), "This machine has no non-loopback IPv4 address to check the bind address with");
		return found.get();
	}

	private static boolean isUp(NetworkInterface nic) {
		try {
			return nic.isUp() && !nic.isLoopback();
		}
		catch (SocketException ex) {
			return false;
		}
	}

}
