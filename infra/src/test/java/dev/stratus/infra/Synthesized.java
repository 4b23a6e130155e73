package dev.stratus.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * Every stack synthesized once per test JVM (jsii makes a synth take seconds), from the repository's real
 * declarations and workflow documents; the Lambda package and the console stand in as small folders.
 */
final class Synthesized {

	private static Synthesized instance;

	final Path home;

	final Stacks stacks;

	final CloudAssembly assembly;

	private Synthesized() {
		home = Path.of(System.getProperty("stratus.home", "..")).toAbsolutePath().normalize();
		Path scratch = folder(home.resolve("infra/target/test-synth"));
		Path code = folder(scratch.resolve("lambda"));
		write(code.resolve("README.txt"), "stands in for app/target/stratus-lambda.zip");
		Path console = folder(scratch.resolve("console"));
		write(console.resolve("index.html"), "<!doctype html><title>Stratus</title>");
		App app = new App(AppProps.builder().outdir(scratch.resolve("cdk.out").toString()).build());
		stacks = Stacks.build(app, new InfraSettings(home, code, console, Optional.empty(),
				Optional.of("ops@example.com")));
		assembly = app.synth();
	}

	static synchronized Synthesized stacks() {
		if (instance == null) {
			instance = new Synthesized();
		}
		return instance;
	}

	static Template template(Stack stack) {
		return Template.fromStack(stack);
	}

	Declarations declarations() {
		return Declarations.read(home.resolve("infra/cloud-resources.json"));
	}

	private static Path folder(Path path) {
		try {
			return Files.createDirectories(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
