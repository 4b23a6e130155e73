package dev.stratus.platform;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Stratus's settings, bound from the {@code STRATUS_*} environment variables (see
 * {@code application.yml} and the README).
 *
 * @param localcloud endpoints of an already running local cloud; blank starts one in-process
 * @param inMemory keep the local cloud's state in memory (tests)
 * @param runtime how the app is run: a long-lived server, or AWS Lambda functions ({@code STRATUS_RUNTIME})
 */
@ConfigurationProperties("stratus")
public record StratusProperties(Mode mode, Path dataDir, String localcloud, boolean inMemory, LocalPorts localPorts,
		List<String> corsOrigins, RateLimit rateLimit, Admin admin, Runtime runtime) {

	public enum Mode {

		/** The embedded local cloud, or the one named by {@code STRATUS_LOCALCLOUD}. */
		LOCAL,
		/** Real AWS: default credential chain and region. */
		AWS

	}

	public enum Runtime {

		/** A long-lived process: background loops relay outboxes, work queues and sweep. */
		SERVER,
		/**
		 * AWS Lambda functions: an instance is frozen between invocations, so no background loop runs; SQS
		 * triggers the workers and a scheduled function relays and sweeps ({@code dev.stratus.platform.lambda}).
		 */
		LAMBDA

	}

	public record LocalPorts(int gateway, int dynamodb, int sqs, int s3, int ec2, int cloudwatch, int smtp, int imap) {
	}

	/** Requests per hour per client; 0 turns a limit off. */
	public record RateLimit(long anonymous, long authenticated, long auth) {
	}

	public record Admin(String email, String password) {
	}

	public boolean isLocal() {
		return mode == Mode.LOCAL;
	}

	/** Whether background loops may run in this process: not on Lambda. */
	public boolean runsBackgroundLoops() {
		return runtime != Runtime.LAMBDA;
	}

}
