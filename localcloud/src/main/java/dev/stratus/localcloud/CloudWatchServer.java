package dev.stratus.localcloud;

import java.net.URI;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * CloudWatch on the wire, in the protocols clients speak to it (see {@link CloudWatchWire}): Smithy RPC
 * v2 CBOR, {@code POST /service/GraniteServiceVersion20100801/operation/<Operation>}, for the SDK 2.57,
 * and AWS JSON 1.0 for the AWS CLI v1. Errors carry both the Smithy {@code __type} and the
 * {@code x-amzn-query-error} header, so clients report CloudWatch's classic error codes
 * ({@code InvalidParameterValue}, ...), as against AWS.
 */
final class CloudWatchServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(CloudWatchServer.class);

	/** The shape each error code has in CloudWatch's model, where the two differ. */
	private static final Map<String, String> SHAPES = Map.of("InvalidParameterValue",
			"InvalidParameterValueException", "MissingParameter", "MissingRequiredParameterException",
			"InvalidParameterCombination", "InvalidParameterCombinationException");

	private final GatedHttpServer http;

	private CloudWatchServer(GatedHttpServer http) {
		this.http = http;
	}

	static CloudWatchServer start(LocalCloudConfig.Network network, int port, CloudWatchActions actions) {
		return new CloudWatchServer(
				GatedHttpServer.start("CloudWatch", network, port, request -> answer(actions, request)));
	}

	private static GatedHttpServer.Answer answer(CloudWatchActions actions, GatedHttpServer.Request request) {
		var call = CloudWatchWire.of(request);
		if (call.isEmpty()) {
			return error(CloudWatchWire.CBOR, 404, new AwsError("UnknownOperationException",
					request.method() + " " + request.uri().getPath() + " is no CloudWatch operation"));
		}
		CloudWatchWire wire = call.get().wire();
		String operation = call.get().operation();
		String region = SignedRegion.of(request.header("Authorization").orElse(null));
		try {
			JsonNode input = request.body().length == 0 ? wire.mapper().createObjectNode()
					: wire.mapper().readTree(request.body());
			return new GatedHttpServer.Answer(200, wire.contentType(), actions.run(wire, operation, region, input),
					wire.headers());
		}
		catch (JacksonException ex) {
			return error(wire, 400, new AwsError("SerializationException", "The request body cannot be read"));
		}
		catch (AwsError error) {
			error.log(log, "CloudWatch", operation, region);
			return error(wire, 400, error);
		}
	}

	private static GatedHttpServer.Answer error(CloudWatchWire wire, int status, AwsError error) {
		String shape = SHAPES.getOrDefault(error.code(), error.code());
		byte[] body = wire.writer()
			.startMap()
			.string("__type", "com.amazonaws.cloudwatch#" + shape)
			.string("message", error.getMessage())
			.endMap()
			.finish();
		Map<String, String> headers = new java.util.HashMap<>(wire.headers());
		headers.put("x-amzn-query-error", error.code() + ";Sender");
		return new GatedHttpServer.Answer(status, wire.contentType(), body, headers);
	}

	URI endpoint() {
		return http.endpoint();
	}

	@Override
	public void close() {
		http.close();
	}

}
