package dev.stratus.workspace.internal.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import dev.stratus.platform.StratusProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local deployment target and its settings, each also an environment variable:
 * <ul>
 * <li>{@code STRATUS_DEPLOY_MAVEN} (default {@code mvn}): the Maven that builds deployments, always offline
 * against the local repository ({@code ~/.m2}), which Stratus's own build fills.</li>
 * <li>{@code STRATUS_DEPLOY_BUILD_TIMEOUT} (default 5 min) and {@code STRATUS_DEPLOY_BUILD_MEMORY} (default
 * {@code 512m}, Maven's heap): a build over its time is killed and fails.</li>
 * <li>{@code STRATUS_DEPLOY_APP_MEMORY} (default {@code 256m}): each deployed app's heap.</li>
 * <li>{@code STRATUS_DEPLOY_START_TIMEOUT} (default 90 s): how long an app may take to answer its health check.</li>
 * <li>{@code STRATUS_DEPLOY_WORKERS} (default 2): deployments built at once; the others wait.</li>
 * <li>{@code STRATUS_DEPLOY_LOG_LINES} (default 5000): output lines kept per deployment.</li>
 * </ul>
 * Sandboxes and the process registry live in {@code <STRATUS_DATA_DIR>/deployments}, or a temporary directory when
 * the local cloud is in memory.
 */
@Configuration(proxyBeanMethods = false)
class LocalDeployments {

	private static final long MIB = 1024 * 1024;

	@Bean
	DeploySettings deploySettings(StratusProperties properties,
			@Value("${stratus.deploy.maven:${STRATUS_DEPLOY_MAVEN:mvn}}") String maven,
			@Value("${stratus.deploy.build-timeout:${STRATUS_DEPLOY_BUILD_TIMEOUT:5m}}") Duration buildTimeout,
			@Value("${stratus.deploy.build-memory:${STRATUS_DEPLOY_BUILD_MEMORY:512m}}") String buildMemory,
			@Value("${stratus.deploy.app-memory:${STRATUS_DEPLOY_APP_MEMORY:256m}}") String appMemory,
			@Value("${stratus.deploy.start-timeout:${STRATUS_DEPLOY_START_TIMEOUT:90s}}") Duration startTimeout,
			@Value("${stratus.deploy.workers:${STRATUS_DEPLOY_WORKERS:2}}") int workers,
			@Value("${stratus.deploy.log-lines:${STRATUS_DEPLOY_LOG_LINES:5000}}") long maxLogLines)
			throws IOException {
		// In memory (tests) nothing goes to the data directory, and no deployment outlives the run anyway.
		Path directory = properties.inMemory() ? Files.createTempDirectory("stratus-deployments-")
				: properties.dataDir().resolve("deployments");
		return new DeploySettings(directory, maven, buildTimeout, buildMemory, appMemory, startTimeout,
				Duration.ofSeconds(10), workers, maxLogLines, 64 * MIB, new ArchiveUnpacker.Limits(10_000, 256 * MIB));
	}

	@Bean
	LocalDeploymentTarget localDeploymentTarget(DeploySettings deploySettings, Clock clock,
			ApplicationEventPublisher events) {
		return new LocalDeploymentTarget(deploySettings, clock, events);
	}

}
