package dev.stratus.localcloud;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * CloudWatch on the wire, in the protocol the SDK (2.57) and the AWS CLI speak to it: Smithy RPC v2
 * CBOR, {@code POST /service/GraniteServiceVersion20100801/operation/<Operation>} with a CBOR body.
 * Errors carry both the Smithy {@code __type} and the {@code x-amzn-query-error} header, so clients
 * report CloudWatch's classic error codes ({@code InvalidParameterValue}, ...), as against AWS.
 */
final class CloudWatchServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(CloudWatchServer.class);

	private static final Pattern OPERATION = Pattern
		.compile("/service/GraniteServiceVersion20100801/operation/([A-Za-z]+)");

	private static final String CBOR = "application/cbor";

	private static final Map<String, String> PROTOCOL = Map.of("smithy-protocol", "rpc-v2-cbor");

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
		Matcher path = OPERATION.matcher(request.uri().getPath());
		if (!"POST".equals(request.method()) || !path.matches()) {
			return error(404, new AwsError("UnknownOperationException",
					request.method() + " " + request.uri().getPath() + " is no CloudWatch operation"));
		}
		String operation = path.group(1);
		String region = SignedRegion.of(request.header("Authorization").orElse(null));
		try {
			JsonNode input = request.body().length == 0 ? CborWriter.CBOR.createObjectNode()
					: CborWriter.CBOR.readTree(request.body());
			return new GatedHttpServer.Answer(200, CBOR, actions.run(operation, region, input), PROTOCOL);
		}
		catch (JacksonException ex) {
			return error(400, new AwsError("SerializationException", "The request body is not valid CBOR"));
		}
		catch (AwsError error) {
			log.atInfo()
				.addKeyValue("operation", operation)
				.addKeyValue("region", region)
				.addKeyValue("code", error.code())
				.log("The simulated CloudWatch refused {}: {}", operation, error.getMessage());
			return error(400, error);
		}
	}

	private static GatedHttpServer.Answer error(int status, AwsError error) {
		String shape = SHAPES.getOrDefault(error.code(), error.code());
		byte[] body = new CborWriter().startMap()
			.string("__type", "com.amazonaws.cloudwatch#" + shape)
			.string("message", error.getMessage())
			.endMap()
			.finish();
		return new GatedHttpServer.Answer(status, CBOR, body,
				Map.of("smithy-protocol", "rpc-v2-cbor", "x-amzn-query-error", error.code() + ";Sender"));
	}

	URI endpoint() {
		return http.endpoint();
	}

	@Override
	public void close() {
		http.close();
	}

}
