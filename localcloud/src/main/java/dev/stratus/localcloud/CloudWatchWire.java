package dev.stratus.localcloud;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * The two wire formats CloudWatch is spoken in today, both answered: Smithy RPC v2 CBOR (the Java SDK
 * 2.57, botocore's default) and AWS JSON 1.0 (what the AWS CLI v1 sends). Both name the operation
 * differently and carry the same shapes.
 */
enum CloudWatchWire {

	CBOR(CBORMapper.builder().build(), "application/cbor", Map.of("smithy-protocol", "rpc-v2-cbor")),
	JSON(JsonMapper.builder().build(), "application/x-amz-json-1.0", Map.of());

	private static final Pattern RPC_V2_PATH = Pattern
		.compile("/service/GraniteServiceVersion20100801/operation/([A-Za-z]+)");

	private static final String JSON_TARGET = "GraniteServiceVersion20100801.";

	private final ObjectMapper mapper;

	private final String contentType;

	private final Map<String, String> headers;

	CloudWatchWire(ObjectMapper mapper, String contentType, Map<String, String> headers) {
		this.mapper = mapper;
		this.contentType = contentType;
		this.headers = headers;
	}

	/** The format and operation of a request, or empty when it is neither. */
	static Optional<Call> of(GatedHttpServer.Request request) {
		if (!"POST".equals(request.method())) {
			return Optional.empty();
		}
		Matcher path = RPC_V2_PATH.matcher(request.uri().getPath());
		if (path.matches()) {
			return Optional.of(new Call(CBOR, path.group(1)));
		}
		return request.header("X-Amz-Target")
			.filter(target -> target.startsWith(JSON_TARGET))
			.map(target -> new Call(JSON, target.substring(JSON_TARGET.length())));
	}

	record Call(CloudWatchWire wire, String operation) {
	}

	ObjectMapper mapper() {
		return mapper;
	}

	String contentType() {
		return contentType;
	}

	Map<String, String> headers() {
		return headers;
	}

	CloudWatchWriter writer() {
		return new CloudWatchWriter(this);
	}

}
