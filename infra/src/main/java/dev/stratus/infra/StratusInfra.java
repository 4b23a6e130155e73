package dev.stratus.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;
import software.amazon.awscdk.cxapi.SynthesisMessageLevel;

/**
 * Synthesizes every stack into {@code infra/target/cdk.out} without the CDK CLI and without an AWS account
 * ({@code ./stratus synth}), and writes the resource count per stack to {@code infra/target/resource-counts.md}.
 * Arguments are CDK context entries, {@code key=value} ({@code consoleOrigin=https://console.example.com}).
 */
public final class StratusInfra {

	private StratusInfra() {
	}

	static List<String> errors(CloudAssembly assembly) {
		List<String> errors = new ArrayList<>();
		for (CloudFormationStackArtifact stack : assembly.getStacks()) {
			stack.getMessages()
				.stream()
				.filter(message -> message.getLevel() == SynthesisMessageLevel.ERROR)
				.forEach(message -> errors.add(message.getId() + ": " + message.getEntry().getData()));
		}
		return errors;
	}

	public static void main(String[] args) {
		Path home = Path.of(System.getProperty("stratus.home", ".")).toAbsolutePath().normalize();
		Map<String, Object> context = new HashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (equals < 1) {
				throw new IllegalArgumentException("expected key=value, got: " + arg);
			}
			context.put(arg.substring(0, equals), arg.substring(equals + 1));
		}
		Path out = home.resolve("infra/target/cdk.out");
		App app = new App(AppProps.builder().outdir(out.toString()).context(context).build());
		Stacks.build(app, InfraSettings.fromContext(app, home));
		CloudAssembly assembly = app.synth();
		List<String> errors = errors(assembly);
		if (!errors.isEmpty()) {
			// The CDK CLI would refuse to deploy these; say so here rather than at deploy time.
			errors.forEach(System.err::println);
			System.err.println(errors.size() + " error(s) in the templates (cdk-nag's findings among them)");
			System.exit(1);
		}
		System.out.println("Templates in " + out);
		System.out.print(ResourceCounts.write(assembly, home.resolve("infra/target/resource-counts.md")));
	}

}
