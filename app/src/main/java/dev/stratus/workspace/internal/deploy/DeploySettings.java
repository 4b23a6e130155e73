package dev.stratus.workspace.internal.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How local deployments run; see {@link LocalDeployments} for the environment variables.
 *
 * @param directory where each deployment gets its sandbox, {@code <data>/deployments}
 * @param maven the Maven command, run offline
 * @param buildMemory and {@code appMemory}: the JVMs' {@code -Xmx} values ({@code 512m})
 * @param startTimeout from the app's start to its first healthy answer
 * @param stopGrace between asking a process to stop and killing it
 * @param workers deployments built and started at once; more wait their turn
 * @param maxLogLines per deployment, build and app output together
 * @param maxArchiveBytes the zip itself
 */
record DeploySettings(Path directory, String maven, Duration buildTimeout, String buildMemory, String appMemory,
		Duration startTimeout, Duration stopGrace, int workers, long maxLogLines, long maxArchiveBytes,
		ArchiveUnpacker.Limits unpackLimits) {

	private static final Pattern MEMORY = Pattern.compile("[1-9][0-9]{0,5}[kmgKMG]?");

	DeploySettings {
		if (!MEMORY.matcher(buildMemory).matches() || !MEMORY.matcher(appMemory).matches()) {
			throw new IllegalArgumentException("STRATUS_DEPLOY_BUILD_MEMORY and STRATUS_DEPLOY_APP_MEMORY are heap "
					+ "sizes such as 512m");
		}
		directory = directory.toAbsolutePath().normalize();
	}

}
