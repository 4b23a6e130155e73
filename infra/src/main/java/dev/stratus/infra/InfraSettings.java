package dev.stratus.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import software.amazon.awscdk.App;

/**
 * What the stacks are built from: the repository's files and the CDK context ({@code -c key=value}).
 *
 * @param home the repository's root (declarations, workflow documents)
 * @param lambdaCode the Lambda package ({@code app/target/stratus-lambda.zip}) or a folder standing in for it
 * @param consoleAssets the built console (index.html and its assets)
 * @param consoleOrigin the console's origin as users reach it ({@code https://console.example.com}); without it
 * presigned uploads are allowed from any CloudFront distribution's origin and links in emails are relative
 * to nothing (the app's default)
 * @param alarmEmail an address subscribed to the alarm topic, if any
 */
public record InfraSettings(Path home, Path lambdaCode, Path consoleAssets, Optional<String> consoleOrigin,
		Optional<String> alarmEmail) {

	static final String LAMBDA_CODE = "lambdaCode";

	static final String CONSOLE_ASSETS = "consoleAssets";

	static final String CONSOLE_ORIGIN = "consoleOrigin";

	static final String ALARM_EMAIL = "alarmEmail";

	/** The Lambda package the app's build writes. */
	static final String LAMBDA_PACKAGE = "app/target/stratus-lambda.zip";

	/** Where a built console may be, first match wins: Vite's own output, then the web module's jar folder. */
	static final List<String> CONSOLE_BUILDS = List.of("web/dist", "web/target/classes/static");

	/** Reads the context; a missing Lambda package or console build is an error naming the build to run. */
	static InfraSettings fromContext(App app, Path home) {
		Path code = context(app, LAMBDA_CODE).map(Path::of).orElse(home.resolve(LAMBDA_PACKAGE));
		if (!Files.exists(code)) {
			throw new IllegalStateException("no Lambda package at " + code
					+ ": build it (mvn -pl app -am -DskipTests package) or name one with -c " + LAMBDA_CODE + "=...");
		}
		Path console = context(app, CONSOLE_ASSETS).map(Path::of)
			.or(() -> CONSOLE_BUILDS.stream().map(home::resolve).filter(dir -> Files.isRegularFile(dir.resolve(
					"index.html"))).findFirst())
			.orElseThrow(() -> new IllegalStateException("no built console in " + CONSOLE_BUILDS
					+ ": build it (mvn -pl web package) or name one with -c " + CONSOLE_ASSETS + "=..."));
		return new InfraSettings(home, code, console, context(app, CONSOLE_ORIGIN), context(app, ALARM_EMAIL));
	}

	Declarations declarations() {
		return Declarations.read(home.resolve("infra/cloud-resources.json"));
	}

	private static Optional<String> context(App app, String key) {
		Object value = app.getNode().tryGetContext(key);
		return Optional.ofNullable(value).map(String::valueOf).filter(text -> !text.isBlank());
	}

}
