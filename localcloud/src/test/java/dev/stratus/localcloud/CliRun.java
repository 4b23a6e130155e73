package dev.stratus.localcloud;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command run to its end with none of this machine's AWS settings (no config files, no
 * {@code AWS_*} variables but those given), as the AWS CLI tests run {@code aws} and {@code ./stratus}.
 */
record CliRun(int exit, String out, String err) {

	static CliRun of(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
		builder.environment().put("AWS_CONFIG_FILE", "/dev/null");
		builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
		builder.environment().put("AWS_PAGER", "");
		builder.environment().putAll(environment);
		Process process = builder.start();
		process.getOutputStream().close();
		var out = process.getInputStream().readAllBytes();
		var err = process.getErrorStream().readAllBytes();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		return new CliRun(process.exitValue(), new String(out, StandardCharsets.UTF_8),
				new String(err, StandardCharsets.UTF_8));
	}

	/** Whether an {@code aws} command is installed here. */
	static boolean awsInstalled() {
		try {
			return new ProcessBuilder("aws", "--version").start().waitFor(30, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
