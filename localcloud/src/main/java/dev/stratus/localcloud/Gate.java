package dev.stratus.localcloud;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which HTTP requests a local service answers. The SDK and the AWS CLI never send {@code Origin},
 * so a request with one comes from a web page: refused unless the origin is listed, or any page
 * could read the tables and queues (the credentials are public). A {@code Host} that is not a
 * loopback name means a page reached us through DNS rebinding: refused while we listen on loopback.
 *
 * @param anyHost whether the services are deliberately open to the network ({@code STRATUS_BIND})
 * @param origins the web origins allowed in
 */
record Gate(boolean anyHost, List<String> origins) {

	/** Why the request is refused, or empty when it may pass. */
	Optional<String> refusal(@Nullable String host, @Nullable String origin) {
		if (origin != null && !origins.contains(origin)) {
			return Optional.of("Requests from web pages are refused (Origin: " + origin + ")");
		}
		if (!anyHost && !LoopbackHost.is(host)) {
			return Optional.of("Only loopback host names are answered (Host: " + host + ")");
		}
		return Optional.empty();
	}

}
