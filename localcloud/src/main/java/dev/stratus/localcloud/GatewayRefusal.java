package dev.stratus.localcloud;

import java.nio.charset.StandardCharsets;

/**
 * A request the gateway answers itself, in the caller's protocol where it can tell: AWS JSON for
 * DynamoDB-style callers ({@code X-Amz-Target}), XML as S3, EC2 and the query protocols word errors.
 *
 * @param code what the SDK reports as {@code errorCode()}
 */
record GatewayRefusal(int status, String code, String message) {

	static GatewayRefusal unsigned() {
		return new GatewayRefusal(400, "MissingAuthenticationToken", "The local cloud's gateway routes a request by "
				+ "its SigV4 credential scope, and this one has none: sign it (Authorization: AWS4-HMAC-SHA256 "
				+ "Credential=<key>/<date>/<region>/<service>/aws4_request, ...) or presign it (X-Amz-Credential)");
	}

	static GatewayRefusal unknownService(String service) {
		return new GatewayRefusal(400, "UnknownService", "The local cloud has no service '" + service
				+ "'; its gateway serves " + String.join(", ", Gateway.SERVICES));
	}

	static GatewayRefusal forbidden(String reason) {
		return new GatewayRefusal(403, "AccessDenied", reason);
	}

	static GatewayRefusal unreachable(String service) {
		return new GatewayRefusal(503, "ServiceUnavailable", "The local cloud's " + service + " is not answering");
	}

	static GatewayRefusal malformed(String reason) {
		return new GatewayRefusal(400, "MalformedRequest", reason);
	}

	/** The whole response, closing the connection: the request's body, if any, is left unread. */
	byte[] response(RequestHead request) {
		boolean json = request.header("X-Amz-Target") != null
				|| String.valueOf(request.header("Content-Type")).startsWith("application/x-amz-json");
		String body = json ? "{\"__type\":\"" + code + "\",\"message\":\"" + message.replace("\\", "\\\\")
			.replace("\"", "\\\"") + "\"}"
				: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>"
						+ message.replace("&", "&amp;").replace("<", "&lt;") + "</Message></Error>";
		return response(json ? "application/x-amz-json-1.0" : "application/xml", body);
	}

	/** As {@link #response(RequestHead)}, for a head that could not be read. */
	byte[] plainResponse() {
		return response("text/plain; charset=utf-8", message);
	}

	private String reason() {
		return switch (status) {
			case 403 -> " Forbidden";
			case 503 -> " Service Unavailable";
			default -> " Bad Request";
		};
	}

	private byte[] response(String contentType, String body) {
		byte[] content = body.getBytes(StandardCharsets.UTF_8);
		String head = "HTTP/1.1 " + status + reason() + "\r\nContent-Type: "
				+ contentType + "\r\nx-amzn-ErrorType: " + code + "\r\nContent-Length: " + content.length
				+ "\r\nConnection: close\r\n\r\n";
		byte[] head8 = head.getBytes(StandardCharsets.ISO_8859_1);
		byte[] all = new byte[head8.length + content.length];
		System.arraycopy(head8, 0, all, 0, head8.length);
		System.arraycopy(content, 0, all, head8.length, content.length);
		return all;
	}

}
