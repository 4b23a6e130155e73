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
 */
@ConfigurationProperties("stratus")
public record StratusProperties(Mode mode, Path dataDir, String localcloud, boolean inMemory, LocalPorts localPorts,
		List<String> corsOrigins, RateLimit rateLimit, Admin admin) {

	public enum Mode {

		/** The embedded local cloud, or the one named by {@code STRATUS_LOCALCLOUD}. */
		LOCAL,
		/** Real AWS: default credential chain and region. */
		AWS

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

}
