package dev.stratus.localcloud;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each local service listens. Written as one line,
 * {@code gateway=http://127.0.0.1:4566,dynamodb=http://127.0.0.1:8000,sqs=...,s3=...,ec2=...,cloudwatch=...,
 * smtp=3025,imap=3143}, so a running local cloud can be handed to other processes through
 * {@code STRATUS_LOCALCLOUD}.
 *
 * @param gateway the one endpoint for every AWS service here, routing by each request's signature
 */
public record Endpoints(URI gateway, URI dynamodb, URI sqs, URI s3, URI ec2, URI cloudwatch, String mailHost,
		int smtpPort, int imapPort) {

	/** The static credentials every local service accepts. */
	public static final String ACCESS_KEY = "local";

	public static final String SECRET_KEY = "local";

	public static final String REGION = "us-east-1";

	public String format() {
		var parts = new LinkedHashMap<String, String>();
		parts.put("gateway", gateway.toString());
		parts.put("dynamodb", dynamodb.toString());
		parts.put("sqs", sqs.toString());
		parts.put("s3", s3.toString());
		parts.put("ec2", ec2.toString());
		parts.put("cloudwatch", cloudwatch.toString());
		parts.put("smtp", mailHost + ":" + smtpPort);
		parts.put("imap", mailHost + ":" + imapPort);
		return parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
	}

	/**
	 * Reads the line written by {@link #format()}.
	 * @throws IllegalArgumentException naming what is missing or malformed
	 */
	public static Endpoints parse(String line) {
		Map<String, String> parts = new LinkedHashMap<>();
		for (String part : line.trim().split(",")) {
			String[] pair = part.split("=", 2);
			if (pair.length != 2) {
				throw new IllegalArgumentException("Expected name=value in local cloud endpoints, got '" + part + "'");
			}
			parts.put(pair[0].trim(), pair[1].trim());
		}
		HostPort smtp = HostPort.parse(require(parts, "smtp"));
		HostPort imap = HostPort.parse(require(parts, "imap"));
		return new Endpoints(URI.create(require(parts, "gateway")), URI.create(require(parts, "dynamodb")),
				URI.create(require(parts, "sqs")), URI.create(require(parts, "s3")), URI.create(require(parts, "ec2")),
				URI.create(require(parts, "cloudwatch")), smtp.host(), smtp.port(), imap.port());
	}

	/**
	 * The AWS SDKs' and the AWS CLI's standard settings for this local cloud, in the order
	 * {@code ./stratus env} prints them: one endpoint (the gateway), the local keys and region, and
	 * {@code AWS_DEFAULT_REGION} for version 1 of the CLI.
	 */
	public Map<String, String> sdkEnvironment() {
		var settings = new LinkedHashMap<String, String>();
		settings.put("AWS_ENDPOINT_URL", gateway.toString());
		settings.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
		settings.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
		settings.put("AWS_REGION", REGION);
		settings.put("AWS_DEFAULT_REGION", REGION);
		return settings;
	}

	private static String require(Map<String, String> parts, String name) {
		String value = parts.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Local cloud endpoints lack '" + name + "'; expected " + example());
		}
		return value;
	}

	private static String example() {
		return "gateway=http://127.0.0.1:4566,dynamodb=http://127.0.0.1:8000,sqs=http://127.0.0.1:9324,s3=http://127.0.0.1:9000,"
				+ "ec2=http://127.0.0.1:9100,cloudwatch=http://127.0.0.1:9200,smtp=127.0.0.1:3025,imap=127.0.0.1:3143";
	}

	private record HostPort(String host, int port) {

		static HostPort parse(String value) {
			int colon = value.lastIndexOf(':');
			if (colon < 1) {
				throw new IllegalArgumentException("Expected host:port, got '" + value + "'");
			}
			return new HostPort(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
		}

	}

}
