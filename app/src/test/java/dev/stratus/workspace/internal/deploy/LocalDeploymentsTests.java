package dev.stratus.workspace.internal.deploy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.stratus.platform.StratusProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class LocalDeploymentsTests {

	@TempDir
	Path data;

	private ApplicationContextRunner runner(boolean inMemory) {
		var properties = new StratusProperties(StratusProperties.Mode.LOCAL, data, "", inMemory, null, List.of(), null,
				null, StratusProperties.Runtime.SERVER);
		// As in the app: "5m" and "90s" read as durations.
		return new ApplicationContextRunner()
			.withInitializer(context -> context.getBeanFactory()
				.setConversionService(ApplicationConversionService.getSharedInstance()))
			.withConfiguration(UserConfigurations.of(LocalDeployments.class))
			.withBean(StratusProperties.class, () -> properties)
			.withBean(Clock.class, Clock::systemUTC);
	}

	@Test
	void takesItsSettingsFromTheEnvironmentVariables() {
		runner(false).withPropertyValues("STRATUS_DEPLOY_BUILD_TIMEOUT=2m", "STRATUS_DEPLOY_BUILD_MEMORY=1g",
				"STRATUS_DEPLOY_APP_MEMORY=128m", "STRATUS_DEPLOY_START_TIMEOUT=30s", "STRATUS_DEPLOY_MAVEN=/opt/mvn",
				"STRATUS_DEPLOY_WORKERS=1", "STRATUS_DEPLOY_LOG_LINES=100")
			.run(context -> {
				DeploySettings settings = context.getBean(DeploySettings.class);
				assertThat(settings.directory()).isEqualTo(data.toAbsolutePath().resolve("deployments"));
				assertThat(settings.buildTimeout()).isEqualTo(Duration.ofMinutes(2));
				assertThat(settings.buildMemory()).isEqualTo("1g");
				assertThat(settings.appMemory()).isEqualTo("128m");
				assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(30));
				assertThat(settings.maven()).isEqualTo("/opt/mvn");
				assertThat(settings.workers()).isEqualTo(1);
				assertThat(settings.maxLogLines()).isEqualTo(100);
				assertThat(context.getBean(LocalDeploymentTarget.class).isRunning()).isTrue();
			});
	}

	@Test
	void refusesAHeapSizeThatIsNotOne() {
		runner(false).withPropertyValues("STRATUS_DEPLOY_APP_MEMORY=256m -Dx=y")
			.run(context -> assertThat(context).hasFailed());
	}

	@Test
	void keepsSandboxesOutOfTheDataDirectoryWhenInMemory() {
		runner(true).run(context -> {
			Path directory = context.getBean(DeploySettings.class).directory();
			assertThat(directory.startsWith(data.toAbsolutePath())).isFalse();
			assertThat(data.resolve("deployments")).doesNotExist();
		});
	}

}
