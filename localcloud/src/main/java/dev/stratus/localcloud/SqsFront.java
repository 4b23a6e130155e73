package dev.stratus.localcloud;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.ServerBinding;
import org.apache.pekko.http.javadsl.model.HttpRequest;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.settings.ConnectionPoolSettings;
import org.apache.pekko.japi.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The public SQS port: each request passes the {@link Gate}, then goes on to ElasticMQ on a private
 * loopback port. ElasticMQ builds its routes inside its own start with no way to wrap them, so the
 * gate is this second server in the same actor system, streaming both ways.
 */
final class SqsFront implements AutoCloseable {

	/** Enough for every long poll the app and a bench keep open at once. */
	private static final int MAX_CONNECTIONS = 256;

	private final Http http;

	private final ServerBinding binding;

	private final URI endpoint;

	private SqsFront(Http http, ServerBinding binding, URI endpoint) {
		this.http = http;
		this.binding = binding;
		this.endpoint = endpoint;
	}

	static SqsFront start(ActorSystem system, LocalCloudConfig.Network network, int port, int innerPort) {
		Gate gate = network.gate(false);
		Http http = Http.get(system);
		ConnectionPoolSettings pool = ConnectionPoolSettings.create(system)
			.withMaxConnections(MAX_CONNECTIONS)
			.withMaxOpenRequests(MAX_CONNECTIONS * 2);
		Function<HttpRequest, CompletionStage<HttpResponse>> handler = request -> {
			Optional<String> refusal = gate.refusal(header(request, "Host"), header(request, "Origin"));
			if (refusal.isPresent()) {
				request.discardEntityBytes(system);
				return CompletableFuture.completedFuture(
						HttpResponse.create().withStatus(StatusCodes.FORBIDDEN).withEntity(refusal.get()));
			}
			// Timeout-Access is the server's own handle on the request, not a header to send on.
			HttpRequest inner = request.withUri(request.getUri().scheme("http").host("127.0.0.1").port(innerPort))
				.removeHeader("Timeout-Access");
			return http.singleRequest(inner, http.defaultClientHttpsContext(), pool, system.log());
		};
		ServerBinding binding;
		try {
			binding = http.newServerAt(network.bind(), port).bind(handler).toCompletableFuture()
					.get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new LocalCloudException("Port " + port + " for SQS is in use or not bindable on " + network.bind(),
					ex);
		}
		return new SqsFront(http, binding, URI.create("http://" + network.connectHost() + ":" + port));
	}

	private static @Nullable String header(HttpRequest request, String name) {
		return request.getHeader(name).map(h -> h.value()).orElse(null);
	}

	URI endpoint() {
		return endpoint;
	}

	@Override
	public void close() {
		try {
			binding.unbind().toCompletableFuture().get(10, TimeUnit.SECONDS);
			http.shutdownAllConnectionPools().toCompletableFuture().get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new LocalCloudException("The SQS gate did not stop cleanly", ex);
		}
	}

}
