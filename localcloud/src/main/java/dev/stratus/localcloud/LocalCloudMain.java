package dev.stratus.localcloud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local cloud alone ({@code ./stratus localcloud}), so several app instances can share
 * it. Prints the endpoints line that {@code STRATUS_LOCALCLOUD} takes and writes it to
 * {@code <data>/localcloud.endpoints} (the AWS settings for its gateway go to {@code <data>/localcloud.env}).
 */
public final class LocalCloudMain {

	private LocalCloudMain() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		Path dataDir = Path.of(env("STRATUS_DATA_DIR", "data")).toAbsolutePath();
		var ports = new LocalCloudConfig.Ports(port("STRATUS_GATEWAY_PORT", 4566), port("STRATUS_DYNAMODB_PORT", 8000),
				port("STRATUS_SQS_PORT", 9324), port("STRATUS_S3_PORT", 9000), port("STRATUS_EC2_PORT", 9100),
				port("STRATUS_CLOUDWATCH_PORT", 9200), port("STRATUS_SMTP_PORT", 3025),
				port("STRATUS_IMAP_PORT", 3143));
		LocalCloud cloud;
		try {
			var network = LocalCloudConfig.Network.forConsole(env("STRATUS_BIND", "127.0.0.1"),
					port("STRATUS_PORT", 8080),
					List.of(env("STRATUS_CORS_ORIGINS", "").split(",")));
			cloud = LocalCloud.start(LocalCloudConfig.persistent(dataDir, ports).withNetwork(network));
		}
		catch (LocalCloudException ex) {
			System.err.println("stratus localcloud: " + ex.getMessage());
			System.exit(1);
			return;
		}
		String line = cloud.endpoints().format();
		StateDir.create(dataDir);
		Files.writeString(dataDir.resolve("localcloud.endpoints"), line + "\n");
		System.out.println("Local cloud is running with its state in " + dataDir);
		System.out.println("  Gateway   " + cloud.endpoints().gateway() + " (every AWS service below)");
		System.out.println("  DynamoDB  " + cloud.endpoints().dynamodb());
		System.out.println("  SQS       " + cloud.endpoints().sqs());
		System.out.println("  S3        " + cloud.endpoints().s3());
		System.out.println("  EC2       " + cloud.endpoints().ec2());
		System.out.println("  CloudWatch " + cloud.endpoints().cloudwatch());
		System.out.println("  SMTP      " + cloud.endpoints().mailHost() + ":" + cloud.endpoints().smtpPort());
		System.out.println("  IMAP      " + cloud.endpoints().mailHost() + ":" + cloud.endpoints().imapPort());
		System.out.println("Point app instances at it with:");
		System.out.println("  STRATUS_LOCALCLOUD='" + line + "'");
		System.out.println("Point the AWS CLI and SDKs at it with:");
		System.out.println("  eval \"$(./stratus env)\"");
		System.out.println("Ctrl-C stops it.");
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			cloud.close();
			stopped.countDown();
		}));
		stopped.await();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	private static int port(String name, int fallback) {
		String value = env(name, Integer.toString(fallback));
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			System.err.println("stratus localcloud: " + name + " must be a port number, got '" + value + "'");
			System.exit(1);
			return fallback;
		}
	}

}
