package dev.stratus.platform.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The proxies whose {@code X-Forwarded-For} is believed ({@code STRATUS_TRUSTED_PROXIES}:
 * addresses or CIDR ranges, none by default). Unlike Tomcat's defaults, private ranges are not
 * trusted on their own: on a shared network anyone could then claim any address.
 */
final class TrustedProxies {

	private final List<IpAddressMatcher> ranges;

	private TrustedProxies(List<IpAddressMatcher> ranges) {
		this.ranges = ranges;
	}

	/**
	 * @param setting comma-separated addresses or CIDR ranges; blank trusts nobody
	 * @throws IllegalArgumentException naming an entry that is neither
	 */
	static TrustedProxies parse(String setting) {
		List<IpAddressMatcher> ranges = new ArrayList<>();
		for (String entry : setting.split(",")) {
			String range = entry.strip();
			if (range.isEmpty()) {
				continue;
			}
			String address = range.contains("/") ? range.substring(0, range.indexOf('/')) : range;
			if (IpLiteral.parse(address).isEmpty()) {
				throw new IllegalArgumentException(
						"STRATUS_TRUSTED_PROXIES: '" + range + "' is not an IP address or CIDR range");
			}
			ranges.add(new IpAddressMatcher(range));
		}
		return new TrustedProxies(List.copyOf(ranges));
	}

	boolean trusts(String address) {
		Optional<InetAddress> parsed = IpLiteral.parse(address);
		return parsed.isPresent() && ranges.stream().anyMatch(range -> range.matches(parsed.get().getHostAddress()));
	}

	/**
	 * The client behind {@code peer}: the peer itself unless it is a trusted proxy; then the
	 * right-most forwarded address that is not itself a trusted proxy (what the outermost trusted
	 * proxy saw; anything left of it the client may have written). An entry that is not an address
	 * stops the walk at the last trusted hop.
	 * @param forwardedFor the {@code X-Forwarded-For} header values, in order
	 */
	String clientOf(String peer, List<String> forwardedFor) {
		if (!trusts(peer)) {
			return peer;
		}
		List<String> hops = forwardedFor.stream().flatMap(value -> Arrays.stream(value.split(","))).toList();
		String client = peer;
		for (int i = hops.size() - 1; i >= 0; i--) {
			Optional<InetAddress> hop = IpLiteral.parse(withoutPort(hops.get(i)));
			if (hop.isEmpty()) {
				return client;
			}
			client = hop.get().getHostAddress();
			if (!trusts(client)) {
				return client;
			}
		}
		return client;
	}

	/** Some balancers append the client's port to IPv4 hops ({@code 203.0.113.7:51234}). */
	private static String withoutPort(String hop) {
		String trimmed = hop.strip();
		int colon = trimmed.indexOf(':');
		return colon > 0 && trimmed.indexOf(':', colon + 1) < 0 ? trimmed.substring(0, colon) : trimmed;
	}

}
