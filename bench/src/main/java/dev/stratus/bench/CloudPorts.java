package dev.stratus.bench;

import java.net.URI;
import java.util.Map;

/** The eight ports of a local cloud, fixed for the whole run so restarts land on the same ones. */
record CloudPorts(int gateway, int dynamodb, int sqs, int s3, int ec2, int cloudwatch, int smtp, int imap) {

	static CloudPorts free() {
		return new CloudPorts(Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
				Ports.free(), Ports.free());
	}

	URI dynamodbEndpoint() {
		return URI.create("http://127.0.0.1:" + dynamodb);
	}

	URI s3Endpoint() {
		return URI.create("http://127.0.0.1:" + s3);
	}

	URI ec2Endpoint() {
		return URI.create("http://127.0.0.1:" + ec2);
	}

	URI cloudwatchEndpoint() {
		return URI.create("http://127.0.0.1:" + cloudwatch);
	}

	Map<String, String> env() {
		return Map.of("STRATUS_GATEWAY_PORT", Integer.toString(gateway), "STRATUS_DYNAMODB_PORT",
				Integer.toString(dynamodb), "STRATUS_SQS_PORT", Integer.toString(sqs), "STRATUS_S3_PORT",
				Integer.toString(s3), "STRATUS_EC2_PORT", Integer.toString(ec2), "STRATUS_CLOUDWATCH_PORT",
				Integer.toString(cloudwatch), "STRATUS_SMTP_PORT", Integer.toString(smtp), "STRATUS_IMAP_PORT",
				Integer.toString(imap));
	}

}
