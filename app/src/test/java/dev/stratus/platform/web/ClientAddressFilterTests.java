package dev.stratus.platform.web;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Behind a trusted proxy the client is the address the proxy saw; from anyone else
 * {@code X-Forwarded-For} is ignored, so it cannot dodge rate limits or lockouts.
 */
class ClientAddressFilterTests {

	@Test
	void takesTheForwardedClientFromATrustedProxy() throws Exception {
		var filter = new ClientAddressFilter("10.0.0.0/8, 192.0.2.10");

		assertThat(clientSeenBy(filter, "10.1.2.3", "203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(clientSeenBy(filter, "192.0.2.10", "203.0.113.8")).isEqualTo("203.0.113.8");
	}

	@Test
	void ignoresForwardedForFromAnUntrustedCaller() throws Exception {
		var filter = new ClientAddressFilter("10.0.0.0/8");

		assertThat(clientSeenBy(filter, "198.51.100.9", "203.0.113.7")).isEqualTo("198.51.100.9");
	}

	@Test
	void trustsNoPrivateAddressByDefault() throws Exception {
		var filter = new ClientAddressFilter("");

		assertThat(clientSeenBy(filter, "10.1.2.3", "203.0.113.7")).isEqualTo("10.1.2.3");
		assertThat(clientSeenBy(filter, "127.0.0.1", "203.0.113.7")).isEqualTo("127.0.0.1");
	}

	@Test
	void takesTheRightMostHopThatIsNotATrustedProxy() throws Exception {
		var filter = new ClientAddressFilter("10.0.0.0/8");

		// The client wrote 1.1.1.1 itself; the outer proxy (10.0.0.3) saw 203.0.113.7.
		assertThat(clientSeenBy(filter, "10.0.0.2", "1.1.1.1, 203.0.113.7, 10.0.0.3")).isEqualTo("203.0.113.7");
		assertThat(clientSeenBy(filter, "10.0.0.2", "1.1.1.1", "203.0.113.7:51234")).isEqualTo("203.0.113.7");
	}

	@Test
	void keepsTheProxyWhenTheForwardedHopIsNotAnAddress() throws Exception {
		var filter = new ClientAddressFilter("10.0.0.0/8");

		assertThat(clientSeenBy(filter, "10.0.0.2", "attacker.example")).isEqualTo("10.0.0.2");
		assertThat(clientSeenBy(filter, "10.0.0.2")).isEqualTo("10.0.0.2");
	}

	@Test
	void refusesASettingThatIsNotAnAddressOrRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddressFilter("proxy.internal"))
			.withMessageContaining("STRATUS_TRUSTED_PROXIES");
	}

	private static String clientSeenBy(ClientAddressFilter filter, String peer, String... forwardedFor)
			throws Exception {
		var request = new MockHttpServletRequest("POST", "/api/auth/login");
		request.setRemoteAddr(peer);
		for (String value : forwardedFor) {
			request.addHeader("X-Forwarded-For", value);
		}
		AtomicReference<String> seen = new AtomicReference<>();
		filter.doFilter(request, new MockHttpServletResponse(),
				(req, res) -> seen.set(((jakarta.servlet.http.HttpServletRequest) req).getRemoteAddr()));
		return seen.get();
	}

}
